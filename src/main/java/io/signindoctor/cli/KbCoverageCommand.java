package io.signindoctor.cli;

import io.signindoctor.authoring.KbValidator;
import io.signindoctor.authoring.RuleOutline;
import io.signindoctor.cases.CaseResult;
import io.signindoctor.cases.CaseRunner;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.engine.RankedCause;
import io.signindoctor.engine.RuleFiring;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kb.CausePage;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.RuleMetadata;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** kb coverage: what the cases do not reach, measured by running them, and what no rule reads. */
@Command(name = "coverage", mixinStandardHelpOptions = true,
        description = "Run every case and report the rules no case fires, the causes no case shows, and the "
                + "vocabulary facts no rule reads.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP})
final class KbCoverageCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules = new RulesOption();

    @Override
    public Integer call() {
        Knowledge knowledge = rules.load();
        KbValidator.Report report = KbValidator.of(knowledge);
        CaseRunner runner = new CaseRunner(knowledge.rules(),
                CaseTexts.reader(knowledge, spec.commandLine().getErr())::read, Diagnosis.DEFAULT_THRESHOLD);
        Set<String> fired = new TreeSet<>();
        Set<String> reached = new TreeSet<>();
        for (var ruleCase : report.cases()) {
            CaseResult result = runner.run(ruleCase);
            result.diagnosis().trace().stream().map(RuleFiring::ruleId).forEach(fired::add);
            result.diagnosis().shown().stream().map(RankedCause::cause).forEach(reached::add);
            result.diagnosis().advisories().forEach(advisory -> reached.add(advisory.topic()));
        }
        PrintWriter out = spec.commandLine().getOut();
        List<RuleOutline> active = report.rules().stream()
                .filter(rule -> !rule.meta(RuleMetadata.STATUS).filter(RuleMetadata.RETIRED::equals).isPresent())
                .toList();
        List<RuleOutline> unfired = active.stream().filter(rule -> !fired.contains(rule.id())).toList();
        out.printf("Rules no case fires (%d of %d):%n", unfired.size(), active.size());
        unfired.forEach(rule -> out.printf("  %s:%d: %s %s%n", rule.file(), rule.line(), rule.id(), rule.name()));
        List<CausePage> unreached = knowledge.pages().pages().stream()
                .filter(page -> !reached.contains(page.cause())).toList();
        out.printf("Causes and advisories no case shows (%d of %d):%n", unreached.size(),
                knowledge.pages().pages().size());
        unreached.forEach(page -> out.printf("  %s: %s (%s)%n", page.file(), page.cause(), page.title()));
        Set<String> read = new TreeSet<>();
        report.rules().forEach(rule -> read.addAll(rule.factsRead()));
        List<Vocabulary.Entry> unread = knowledge.vocabulary().entries().stream()
                .filter(entry -> !read.contains(entry.id())).toList();
        out.printf("Vocabulary facts no rule reads (%d of %d):%n", unread.size(),
                knowledge.vocabulary().entries().size());
        unread.forEach(entry -> out.printf("  %s: %s%n", entry.id(), entry.question()));
        return ExitCode.OK;
    }
}
