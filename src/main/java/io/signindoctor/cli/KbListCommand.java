package io.signindoctor.cli;

import io.signindoctor.authoring.KbValidator;
import io.signindoctor.authoring.RuleOutline;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kb.CausePage;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.RuleMetadata;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** kb list: the rules, causes and questions in force, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the rules, the causes and advisories, and the questions (vocabulary facts) in force.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP})
final class KbListCommand implements Callable<Integer> {

    enum Section { rules, causes, questions }

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules = new RulesOption();

    @Parameters(arity = "0..*", paramLabel = "SECTION", description = "rules, causes or questions (default: all).")
    List<Section> sections = List.of();

    @Override
    public Integer call() {
        Knowledge knowledge = rules.load();
        PrintWriter out = spec.commandLine().getOut();
        List<Section> wanted = sections.isEmpty() ? List.of(Section.values()) : sections;
        if (wanted.contains(Section.rules)) {
            List<RuleOutline> outlines = KbValidator.of(knowledge).rules();
            out.printf("Rules (%d):%n", outlines.size());
            for (RuleOutline rule : outlines) {
                out.printf("  %-10s %-12s %-38s %6s %-8s %s%s  (%s:%d)%n", rule.id(),
                        rule.conclusion().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                        rule.meta(RuleMetadata.CAUSE).orElse("-"), rule.meta(RuleMetadata.CONFIDENCE).orElse(""),
                        rule.meta(RuleMetadata.STATUS).orElse(RuleMetadata.ACTIVE), rule.name(),
                        rule.meta(RuleMetadata.APPLIES_TO).map(list -> " [" + list + "]").orElse(""), rule.file(),
                        rule.line());
            }
        }
        if (wanted.contains(Section.causes)) {
            out.printf("Causes and advisories (%d):%n", knowledge.pages().pages().size());
            for (CausePage page : knowledge.pages().pages()) {
                out.printf("  %-38s %-8s %s  (%s)%n", page.cause(), page.kind(), page.title(), page.file());
            }
        }
        if (wanted.contains(Section.questions)) {
            List<Vocabulary.Entry> entries = knowledge.vocabulary().entries();
            out.printf("Questions (%d):%n", entries.size());
            for (Vocabulary.Entry entry : entries) {
                out.printf("  %-30s %-8s %s%s%n", entry.id(), entry.type(), entry.question(),
                        entry.choices().isEmpty() ? "" : " [" + String.join(", ", entry.choices()) + "]");
            }
        }
        return ExitCode.OK;
    }
}
