package io.signindoctor.cli;

import io.signindoctor.authoring.CaseFiles;
import io.signindoctor.authoring.JunitXmlReport;
import io.signindoctor.kbfiles.KnowledgeLayer;
import io.signindoctor.cases.CaseResult;
import io.signindoctor.cases.CaseRunner;
import io.signindoctor.cases.RuleCase;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.engine.RuleFiring;
import io.signindoctor.kb.Knowledge;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.signindoctor.extract.ReadingExamples;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** kb test: runs the case files beside the rules, one line per case, and a closing count. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run the cases beside the built-in rules and those of each --rules folder. FILTER keeps the "
                + "cases whose file, name or expected rules contain it (case-insensitive).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP, ExitCode.ENVIRONMENT_HELP})
final class KbTestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules = new RulesOption();

    @Parameters(arity = "0..1", paramLabel = "FILTER", description = "Run only the matching cases.")
    String filter;

    @Option(names = "--junit-xml", paramLabel = "FILE", description = "Also write the results as JUnit XML.")
    Path junitXml;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Knowledge knowledge = rules.load();
        CaseFiles caseFiles = CaseFiles.read(KnowledgeLayer.all(knowledge.sites()), knowledge.schema());
        if (!caseFiles.problems().isEmpty()) {
            throw new FailedChecks(caseFiles.problems());
        }
        List<RuleCase> selected = caseFiles.cases().stream().filter(this::matches).toList();
        if (selected.isEmpty()) {
            throw new RefusedInput("no case matches " + filter);
        }
        CaseRunner runner = new CaseRunner(knowledge.rules(),
                CaseTexts.reader(knowledge, spec.commandLine().getErr())::read, Diagnosis.DEFAULT_THRESHOLD);
        List<CaseResult> results = new ArrayList<>();
        for (RuleCase ruleCase : selected) {
            CaseResult result = runner.run(ruleCase);
            results.add(result);
            print(out, result);
        }
        long failed = results.stream().filter(result -> !result.passed()).count();
        int run = results.size();
        for (ReadingExamples.Result example : ReadingCheck.examples(knowledge)) {
            if (filter == null || example.label().toLowerCase(Locale.ROOT).contains(filter.toLowerCase(Locale.ROOT))) {
                out.println((example.passed() ? "PASS " : "FAIL ") + example.label());
                example.failures().forEach(failure -> out.println("     " + failure));
                run++;
                failed += example.passed() ? 0 : 1;
            }
        }
        out.printf("%d passed, %d failed%n", run - failed, failed);
        if (junitXml != null) {
            new JunitXmlReport().write(results, junitXml);
        }
        if (failed > 0) {
            throw new FailedChecks(List.of());
        }
        return ExitCode.OK;
    }

    private boolean matches(RuleCase ruleCase) {
        if (filter == null) {
            return true;
        }
        String wanted = filter.toLowerCase(Locale.ROOT);
        List<String> haystack = new ArrayList<>(List.of(ruleCase.label()));
        haystack.addAll(ruleCase.expect().fires());
        haystack.addAll(ruleCase.expect().silent());
        return haystack.stream().anyMatch(text -> text.toLowerCase(Locale.ROOT).contains(wanted));
    }

    private static void print(PrintWriter out, CaseResult result) {
        out.println((result.passed() ? "PASS " : "FAIL ") + result.ruleCase().label());
        if (result.passed()) {
            return;
        }
        result.failures().forEach(failure -> out.println("     " + failure));
        Diagnosis diagnosis = result.diagnosis();
        out.println("     causes: " + diagnosis.causes().stream()
                .map(cause -> String.format(Locale.ROOT, "%s %.2f%s", cause.cause(), cause.confidence(),
                        diagnosis.shown().contains(cause) ? " (shown)" : ""))
                .toList());
        out.println("     rules fired: " + new TreeSet<>(diagnosis.trace().stream().map(RuleFiring::ruleId).toList()));
    }
}
