package io.signindoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.artifacts.CaseTextFacts;
import io.signindoctor.cases.CaseFileReader;
import io.signindoctor.cases.RuleCase;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kbfiles.KnowledgeLayer;
import io.signindoctor.kbfiles.TextFile;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.resemble.ResemblanceModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The network of the rules a case can fire concludes what the network of every rule concludes, firing for firing, on
 * every case of the rule files and every example, and is smaller than the whole for a case that names little.
 */
class BuiltInRulesTest {

    private static BuiltInRules rules;
    private static List<CaseFacts> cases;

    @BeforeAll
    static void readCases() throws InvalidInputException, IOException {
        rules = BuiltInRules.load();
        FactsSchema schema = FactsSchema.builtIn();
        FactsFileLoader loader = new FactsFileLoader(schema);
        CaseFileReader reader = new CaseFileReader(FactsSchema.casesValidator(), loader);
        cases = new ArrayList<>();
        for (TextFile file : KnowledgeLayer.builtIn().caseFiles()) {
            reader.read(file.path(), file.text()).stream().map(RuleCase::given).forEach(cases::add);
        }
        CaseTextFacts texts = new CaseTextFacts(new TextExtractor(PatternCatalog.builtIn(schema.vocabulary())),
                ResemblanceModel.builtIn(), note -> { });
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                cases.add(texts.read(loader.load(example)));
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> theNetworkOfACaseConcludesWhatTheWholeNetworkConcludes() {
        return cases.stream().map(facts -> DynamicTest.dynamicTest(facts.title(), () -> {
            Diagnosis whole = CaseSession.diagnose(rules.all(), facts, Diagnosis.DEFAULT_THRESHOLD);
            Diagnosis part = CaseSession.diagnose(rules.partFor(facts.facts()), facts,
                    Diagnosis.DEFAULT_THRESHOLD);
            assertThat(part.toString()).isEqualTo(whole.toString());
        }));
    }

    @Test
    void aCaseThatNamesLittleBuildsAFractionOfTheRules() throws InvalidInputException {
        CaseFacts example = new FactsFileLoader(FactsSchema.builtIn())
                .load(Path.of("examples/04-manual-server-not-fqdn.yaml"));

        int part = rules.partFor(example.facts()).rules().size();

        assertThat(part).isGreaterThan(0).isLessThan(rules.all().rules().size() / 2);
    }
}
