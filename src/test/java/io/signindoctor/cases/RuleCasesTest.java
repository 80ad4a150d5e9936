package io.signindoctor.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.engine.Diagnosis;
import io.signindoctor.engine.KnowledgeBase;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.RuleMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every case file beside the built-in rules, and checks that each rule has a case where it fires and one where it is silent. */
class RuleCasesTest {

    private static final Path RULES = Path.of("rules");
    private static KnowledgeBase knowledgeBase;
    private static List<RuleCase> cases;

    @BeforeAll
    static void readCases() throws IOException, InvalidInputException {
        knowledgeBase = KnowledgeBase.builtIn();
        CaseFileReader reader = new CaseFileReader(FactsSchema.casesValidator(),
                new FactsFileLoader(FactsSchema.builtIn()));
        cases = new ArrayList<>();
        for (Path file : caseFiles()) {
            cases.addAll(reader.read(file, "rules/" + RULES.relativize(file)));
        }
    }

    private static List<Path> caseFiles() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".cases.yaml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCaseHoldsItsExpectations() {
        CaseRunner runner = new CaseRunner(knowledgeBase, Diagnosis.DEFAULT_THRESHOLD);
        return cases.stream().map(ruleCase -> DynamicTest.dynamicTest(ruleCase.label(), () -> {
            CaseResult result = runner.run(ruleCase);
            assertThat(result.failures()).as(ruleCase.label()).isEmpty();
        }));
    }

    @Test
    void everyDrlFileHasACaseFileBesideIt() throws IOException {
        try (Stream<Path> files = Files.walk(RULES)) {
            files.filter(file -> file.toString().endsWith(".drl")).forEach(drl -> assertThat(
                    drl.resolveSibling(drl.getFileName().toString().replace(".drl", ".cases.yaml")))
                    .as("case file beside " + drl).exists());
        }
    }

    @Test
    void everyRuleHasACaseWhereItFiresAndOneWhereItIsSilent() {
        Set<String> named = new TreeSet<>();
        Set<String> firing = new TreeSet<>();
        Set<String> silent = new TreeSet<>();
        cases.forEach(ruleCase -> {
            firing.addAll(ruleCase.expect().fires());
            silent.addAll(ruleCase.expect().silent());
        });
        List<String> missing = new ArrayList<>();
        for (RuleMetadata rule : knowledgeBase.rules()) {
            named.add(rule.id());
            if (!firing.contains(rule.id())) {
                missing.add(rule.id() + " has no case where it fires");
            }
            if (!silent.contains(rule.id())) {
                missing.add(rule.id() + " has no case where it stays silent");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(named).as("rule ids named by cases exist").containsAll(firing).containsAll(silent);
    }
}
