package io.signindoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.artifacts.CaseTextFacts;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.resemble.ResemblanceModel;
import io.signindoctor.engine.KnowledgeBase;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kbfiles.KnowledgeLayer;
import io.signindoctor.kbfiles.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every case file beside the built-in rules as a test of its own, so a failing case shows up by name in the
 * build. The conventions around cases (one per rule that fires, one that stays silent) are kb validate's, checked in
 * KbCommandsTest.
 */
class RuleCasesTest {

    private static KnowledgeBase knowledgeBase;
    private static List<RuleCase> cases;
    private static PatternCatalog catalogue;

    @BeforeAll
    static void readCases() throws InvalidInputException {
        knowledgeBase = KnowledgeBase.builtIn();
        catalogue = PatternCatalog.builtIn(FactsSchema.builtIn().vocabulary());
        CaseFileReader reader = new CaseFileReader(FactsSchema.casesValidator(),
                new FactsFileLoader(FactsSchema.builtIn()));
        cases = new ArrayList<>();
        for (TextFile file : KnowledgeLayer.builtIn().caseFiles()) {
            cases.addAll(reader.read(file.path(), file.text()));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHoldsItsExpectations() {
        CaseTextFacts texts = new CaseTextFacts(new TextExtractor(catalogue), ResemblanceModel.builtIn(), note -> { });
        CaseRunner runner = new CaseRunner(knowledgeBase, texts::read, Diagnosis.DEFAULT_THRESHOLD);
        return cases.stream().map(ruleCase -> DynamicTest.dynamicTest(ruleCase.label(), () -> {
            CaseResult result = runner.run(ruleCase);
            assertThat(result.failures()).as(ruleCase.label()).isEmpty();
        }));
    }
}
