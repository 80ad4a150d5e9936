package io.signindoctor.report;

import io.signindoctor.engine.Diagnosis;
import io.signindoctor.engine.OpenQuestion;
import io.signindoctor.engine.RankedCause;
import io.signindoctor.engine.RuleFiring;
import io.signindoctor.facts.ControlCharacters;
import io.signindoctor.kb.CausePage;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.kb.ProductCoverage;
import io.signindoctor.model.Advisory;
import io.signindoctor.model.Fact;
import io.signindoctor.model.Need;
import io.signindoctor.model.Support;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The report an engineer reads on a call or pastes into a ticket: likely causes first with their remedy, then why
 * the tool thinks so, then what else to check. Plain text without colour, so it survives being copied anywhere.
 */
public final class TextReport {

    private static final int WIDTH = 100;

    private final Knowledge knowledge;

    public TextReport(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    /** The report; control characters from the case's files are shown escaped (see {@link ControlCharacters}). */
    public void write(Diagnosis diagnosis, PrintWriter terminal, boolean explain) {
        PrintWriter out = new PrintWriter(new ControlCharacters(terminal));
        String title = diagnosis.title().isBlank() ? "(untitled case)" : diagnosis.title();
        out.println("Sign-in Doctor diagnosis: " + title);
        out.println();
        List<RankedCause> shown = diagnosis.shown();
        if (shown.isEmpty()) {
            out.printf(Locale.ROOT, "No likely cause: nothing reaches the threshold of %.2f.%n", diagnosis.threshold());
            wrap(out, "The knowledge in force covers ", "  ", ProductCoverage.of(knowledge).summary());
        } else {
            out.printf(Locale.ROOT, "Likely causes (confidence at or above %.2f):%n", diagnosis.threshold());
            for (int i = 0; i < shown.size(); i++) {
                writeCauseEscaped(out, i + 1, shown.get(i));
            }
        }
        List<RankedCause> others = diagnosis.causes().stream().filter(cause -> !diagnosis.isShown(cause))
                .filter(cause -> cause.confidence() > 0).toList();
        if (!others.isEmpty()) {
            out.println();
            out.println("Also considered, below the threshold:");
            others.forEach(cause -> out.printf(Locale.ROOT, "  %.2f  %s (%s)%n", cause.confidence(),
                    knowledge.title(cause.cause()), cause.cause()));
        }
        writeAdvisories(out, diagnosis.advisories());
        writeOpenQuestions(out, diagnosis.openQuestions());
        if (explain) {
            writeTrace(out, diagnosis.trace());
        }
        out.flush();
    }

    /** One cause with its remedy and the votes behind it: a report's entry, and the interview's "how". */
    public void writeCause(PrintWriter terminal, int rank, RankedCause cause) {
        PrintWriter out = new PrintWriter(new ControlCharacters(terminal));
        writeCauseEscaped(out, rank, cause);
        out.flush();
    }

    private void writeCauseEscaped(PrintWriter out, int rank, RankedCause cause) {
        out.println();
        out.printf(Locale.ROOT, "%d. %s  [confidence %.2f]%n", rank, knowledge.title(cause.cause()),
                cause.confidence());
        out.println("   cause: " + cause.cause() + knowledge.page(cause.cause()).map(page -> "   doc: " + page.file())
                .orElse(""));
        knowledge.page(cause.cause()).ifPresent(page -> writeRemedy(out, page));
        out.println("   Why:");
        for (Support support : cause.supports()) {
            out.printf(Locale.ROOT, "     %s %s %s (cf %+.2f)%n", support.isAgainst() ? "against" : "for    ",
                    support.ruleId(), knowledge.ruleName(support.ruleId()), support.confidence());
            writeEvidence(out, EvidenceLine.of(support.evidence()), "         ");
        }
    }

    private static void writeRemedy(PrintWriter out, CausePage page) {
        out.println("   Remedy:");
        List<String> steps = page.remedySteps();
        for (int i = 0; i < steps.size(); i++) {
            wrap(out, "     " + (i + 1) + ". ", "        ", steps.get(i));
        }
    }

    private static void writeEvidence(PrintWriter out, List<EvidenceLine> lines, String indent) {
        for (EvidenceLine line : lines) {
            out.println(indent + "- " + line.fact().describe() + "   [" + line.fact().getSource() + "]");
            writeEvidence(out, line.basis(), indent + "    ");
        }
    }

    private void writeAdvisories(PrintWriter out, List<Advisory> advisories) {
        if (advisories.isEmpty()) {
            return;
        }
        out.println();
        out.println("Advisories:");
        for (Advisory advisory : advisories) {
            out.println("  ! " + knowledge.title(advisory.topic()) + " (" + advisory.topic() + ", rule "
                    + advisory.ruleId() + ")");
            writeEvidence(out, EvidenceLine.of(advisory.evidence()), "      ");
            knowledge.page(advisory.topic()).ifPresent(page -> {
                List<String> steps = page.remedySteps();
                for (int i = 0; i < steps.size(); i++) {
                    wrap(out, "    " + (i + 1) + ". ", "       ", steps.get(i));
                }
            });
        }
    }

    private void writeOpenQuestions(PrintWriter out, List<OpenQuestion> questions) {
        if (questions.isEmpty()) {
            return;
        }
        out.println();
        out.println("Check next:");
        for (OpenQuestion question : questions) {
            wrap(out, "  ? ", "    ", knowledge.question(question.fact()) + " (" + question.fact() + "; bears on "
                    + String.join(", ", question.causes()) + ")");
        }
    }

    private void writeTrace(PrintWriter out, List<RuleFiring> trace) {
        out.println();
        out.println("Rule trace (" + trace.size() + " firings, in order):");
        for (RuleFiring firing : trace) {
            out.printf(Locale.ROOT, "  #%d %s %s%n", firing.order(), firing.ruleId(), firing.ruleName());
            for (Fact fact : firing.matched()) {
                out.println("       matched  " + fact.describe() + "   [" + fact.getSource() + "]");
            }
            for (Object concluded : firing.concluded()) {
                out.println("       inserted " + describe(concluded));
            }
        }
    }

    private static String describe(Object concluded) {
        if (concluded instanceof Fact fact) {
            return fact.describe();
        }
        if (concluded instanceof Support support) {
            return String.format(Locale.ROOT, "support for %s (cf %+.2f)", support.cause(), support.confidence());
        }
        if (concluded instanceof Advisory advisory) {
            return "advisory " + advisory.topic();
        }
        if (concluded instanceof Need need) {
            return "need for " + need.fact() + " (bears on " + String.join(", ", need.causes()) + ")";
        }
        return String.valueOf(concluded);
    }

    /** Word-wraps one paragraph under a first-line prefix and a continuation indent. */
    private static void wrap(PrintWriter out, String first, String rest, String text) {
        String prefix = first;
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > 0 && prefix.length() + line.length() + 1 + word.length() > WIDTH) {
                out.println(prefix + line);
                prefix = rest;
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        out.println(prefix + line);
    }
}
