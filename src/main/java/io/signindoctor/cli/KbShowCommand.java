package io.signindoctor.cli;

import io.signindoctor.authoring.KbValidator;
import io.signindoctor.authoring.RuleOutline;
import io.signindoctor.facts.ProductScope;
import io.signindoctor.facts.Products;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kb.CausePage;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.RuleMetadata;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** kb show ID: one rule, cause or vocabulary fact, with everything the knowledge base says about it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Show a rule (by @id), a cause or advisory (by id) or a vocabulary fact (group.name), with its "
                + "metadata, doc text, and the rules that conclude, read or ask for it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP})
final class KbShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    RulesOption rules = new RulesOption();

    @Parameters(paramLabel = "ID", description = "e.g. MAN-001, manual-server-not-fqdn or client.transport.")
    String id;

    @Override
    public Integer call() {
        Knowledge knowledge = rules.load();
        List<RuleOutline> outlines = KbValidator.of(knowledge).rules();
        PrintWriter out = spec.commandLine().getOut();
        Optional<RuleOutline> rule = outlines.stream().filter(outline -> outline.id().equals(id)).findFirst();
        if (rule.isPresent()) {
            showRule(out, rule.get(), knowledge);
            return ExitCode.OK;
        }
        Optional<CausePage> page = knowledge.pages().find(id);
        if (page.isPresent()) {
            showCause(out, page.get(), outlines);
            return ExitCode.OK;
        }
        Optional<Vocabulary.Entry> fact = knowledge.vocabulary().find(id);
        if (fact.isPresent()) {
            showFact(out, fact.get(), outlines);
            return ExitCode.OK;
        }
        List<String> known = new ArrayList<>();
        outlines.forEach(outline -> known.add(outline.id()));
        knowledge.pages().pages().forEach(causePage -> known.add(causePage.cause()));
        knowledge.vocabulary().entries().forEach(entry -> known.add(entry.id()));
        String wanted = id.toLowerCase(Locale.ROOT);
        List<String> similar = known.stream().filter(candidate -> candidate.toLowerCase(Locale.ROOT).contains(wanted)
                || wanted.contains(candidate.toLowerCase(Locale.ROOT))).limit(8).toList();
        throw new RefusedInput("no rule, cause or vocabulary fact is called " + id
                + (similar.isEmpty() ? "; kb list shows them all" : "; did you mean " + String.join(", ", similar)
                + "?"));
    }

    private static void showRule(PrintWriter out, RuleOutline rule, Knowledge knowledge) {
        out.println("rule " + rule.id() + ": " + rule.name());
        out.println("  file:       " + rule.file() + ":" + rule.line());
        out.println("  concludes:  " + rule.conclusion().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        rule.metadata().forEach((key, value) -> out.printf("  @%-10s %s%n", key + ":", value.value()));
        out.println("  applies to: " + appliesTo(rule, knowledge));
        rule.meta(RuleMetadata.CAUSE).flatMap(knowledge.pages()::find)
                .ifPresent(page -> out.println("  cause page: " + page.file() + " (" + page.title() + ")"));
        out.println();
        out.println(rule.text());
    }

    /** The rule's products in words; a list kb validate refuses is shown as written. */
    private static String appliesTo(RuleOutline rule, Knowledge knowledge) {
        Products products = Products.of(knowledge.vocabulary());
        return rule.meta(RuleMetadata.APPLIES_TO).filter(list -> products.unknown(list).isEmpty())
                .map(list -> products.scope(list).describe(products))
                .orElse(rule.meta(RuleMetadata.APPLIES_TO).orElse(ProductScope.ANY.describe(products)));
    }

    private static void showCause(PrintWriter out, CausePage page, List<RuleOutline> outlines) {
        out.println(page.kind() + " " + page.cause() + ": " + page.title());
        out.println("  page:      " + page.file());
        out.println("  reference: " + page.reference());
        out.println("  rules:");
        outlines.stream().filter(rule -> rule.meta(RuleMetadata.CAUSE).map(RuleMetadata::causeList)
                        .filter(causes -> causes.contains(page.cause())).isPresent())
                .forEach(rule -> out.printf("    %-10s %-6s %-6s %s%n", rule.id(),
                        rule.meta(RuleMetadata.CONFIDENCE).orElse(""),
                        rule.conclusion() == RuleOutline.Conclusion.NEED ? "asks" : "",
                        rule.name() + rule.meta(RuleMetadata.ASKS).map(fact -> " (" + fact + ")").orElse("")));
        page.sections().forEach((title, text) -> {
            out.println();
            out.println("## " + title);
            out.println(text);
        });
    }

    private static void showFact(PrintWriter out, Vocabulary.Entry entry, List<RuleOutline> outlines) {
        out.println("fact " + entry.id() + " (" + entry.type() + ")");
        out.println("  question: " + entry.question());
        entry.choices().forEach(choice -> out.println("  - " + choice
                + (entry.labels().containsKey(choice) ? ": " + entry.labels().get(choice) : "")));
        out.println("  read by:  " + outlines.stream().filter(rule -> rule.factsRead().contains(entry.id()))
                .map(RuleOutline::id).toList());
        out.println("  asked by: " + outlines.stream()
                .filter(rule -> rule.meta(RuleMetadata.ASKS).filter(entry.id()::equals).isPresent())
                .map(RuleOutline::id).toList());
    }
}
