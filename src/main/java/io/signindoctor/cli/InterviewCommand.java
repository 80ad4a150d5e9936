package io.signindoctor.cli;

import io.signindoctor.artifacts.CaseTextFacts;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.engine.RankedCause;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.FactsFileWriter;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.files.AtomicOutput;
import io.signindoctor.files.OutputCollisions;
import io.signindoctor.interview.Answer;
import io.signindoctor.interview.AnswerParser;
import io.signindoctor.interview.Interview;
import io.signindoctor.interview.Prompter;
import io.signindoctor.interview.Question;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.CaseText;
import io.signindoctor.model.Fact;
import io.signindoctor.model.Need;
import io.signindoctor.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** interview: asks only what the knowledge base needs, one question at a time, and ends with the diagnosis. */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = "Ask, one at a time, only the questions whose answers can confirm or rule out a cause still "
                + "in play, then print the diagnosis. At any prompt: why, how N, status, back, unknown, paste, quit, help.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP, ExitCode.ENVIRONMENT_HELP})
final class InterviewCommand implements Callable<Integer> {

    private static final List<String> COMMANDS = List.of("why", "how", "status", "back", "unknown", "paste", "quit",
            "help");
    /** The line that ends a pasted text. */
    private static final String END_OF_PASTE = ".";

    @Spec
    CommandSpec spec;

    @ParentCommand
    SignInDoctor root;

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--facts", paramLabel = "FILE", description = "Start from what a facts file already says.")
    Path factsFile;

    @Option(names = "--save", paramLabel = "FILE",
            description = "When the interview ends (or on quit), write everything known as a facts file that "
                    + "diagnose accepts.")
    Path saveFile;

    @Mixin
    GatherOptions gather;

    @Mixin
    ThresholdOption threshold = new ThresholdOption();

    @Mixin
    ReadLimitOptions limits = new ReadLimitOptions();

    private final AnswerParser parser = new AnswerParser();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (gather.readsStandardInput()) {
            throw new ParameterException(spec.commandLine(), "--text -: standard input carries the answers; give "
                    + "the text as a file, or type paste at any question and paste it there");
        }
        Knowledge knowledge = rules.loadValid();
        CaseFacts initial;
        try {
            Gathering.inputs(gather, new OutputCollisions()).input("--facts file", factsFile).output("--save", saveFile)
                    .refuse();
            initial = factsFile == null ? new CaseFacts("", List.of())
                    : new FactsFileLoader(knowledge.schema(), limits.limits()).load(factsFile);
            if (gather.any()) {
                initial = Gathering.join(initial, gather, limits.limits(), spec.commandLine(), root.input(), err,
                        knowledge);
            }
            initial = CaseTexts.read(initial, knowledge, err);
        } catch (InvalidInputException e) {
            throw new RefusedInput(e.getProblems(), null);
        }
        TextReport report = new TextReport(knowledge);
        try (AtomicOutput save = saveFile == null ? null : AtomicOutput.create(saveFile);
                Interview interview = new Interview(knowledge, initial, threshold.value());
                Prompter prompter = Prompter.open(root.input(), out, root.interactive())) {
            out.println("Sign-in Doctor interview. Answer each question, or type help for the commands.");
            boolean quit = false;
            for (Optional<Question> next = interview.next(); next.isPresent() && !quit; next = interview.next()) {
                quit = ask(next.get(), interview, knowledge, prompter, out, report);
            }
            out.println();
            out.printf("%s after %d answer%s.%n", quit ? "Stopped" : "Done", interview.questionsAnswered(),
                    interview.questionsAnswered() == 1 ? "" : "s");
            out.println();
            report.write(interview.diagnosis(), out, false);
            if (save != null) {
                save.writer().write(new FactsFileWriter(knowledge.vocabulary()).write(interview.facts()));
                save.commit();
                out.println();
                out.println("Saved the facts of this interview to " + saveFile
                        + "; signin-doctor diagnose " + saveFile + " gives the same diagnosis.");
            }
        }
        return ExitCode.OK;
    }

    /** Asks one question until it is answered or the engineer quits; returns whether they quit. */
    private boolean ask(Question question, Interview interview, Knowledge knowledge, Prompter prompter,
            PrintWriter out, TextReport report) throws IOException {
        Vocabulary.Entry entry = question.entry();
        out.println();
        out.println("Q" + (interview.questionsAnswered() + 1) + ". " + entry.question());
        List<String> completions = new ArrayList<>(COMMANDS);
        if (entry.type().equals("choice")) {
            for (int i = 0; i < entry.choices().size(); i++) {
                out.printf("  %d) %s%n", i + 1, entry.labelOf(entry.choices().get(i)));
            }
            completions.addAll(entry.choices());
        } else if (entry.type().equals("boolean")) {
            completions.addAll(List.of("yes", "no"));
        }
        out.flush();
        while (true) {
            String line = prompter.readLine(hint(entry) + "> ", completions);
            if (line == null) {
                return true;
            }
            String text = line.trim();
            String word = text.toLowerCase(Locale.ROOT);
            if (word.equals("quit") || word.equals("exit")) {
                return true;
            }
            if (word.equals("unknown") || word.equals("?")) {
                interview.unknown(entry.id());
                return false;
            }
            if (word.equals("back")) {
                back(interview, out);
                return false;
            }
            if (word.equals("paste")) {
                if (paste(interview, knowledge, prompter, out)) {
                    return false;
                }
            } else if (word.equals("why")) {
                why(question, interview, out);
            } else if (word.equals("status")) {
                status(interview.diagnosis(), out);
            } else if (word.equals("help")) {
                help(out);
            } else if (word.startsWith("how")) {
                how(word.substring(3).trim(), interview.diagnosis(), out, report);
            } else {
                AnswerParser.Parsed parsed = parser.parse(entry, text);
                if (parsed.value().isPresent()) {
                    interview.answer(entry, parsed.value().get());
                    return false;
                }
                out.println("  " + parsed.problem() + " (or unknown, why, help)");
            }
            out.flush();
        }
    }

    private static String hint(Vocabulary.Entry entry) {
        return switch (entry.type()) {
            case "choice" -> "[1-" + entry.choices().size() + "]";
            case "boolean" -> "[yes/no]";
            default -> "";
        };
    }

    /**
     * Reads a pasted ticket, e-mail or log excerpt up to a line holding only a dot, and joins what it states to the
     * case; returns whether it added anything, so the next question is chosen again.
     */
    private boolean paste(Interview interview, Knowledge knowledge, Prompter prompter, PrintWriter out)
            throws IOException {
        out.println("  Paste the text, then a line with only " + END_OF_PASTE + " to end it.");
        out.flush();
        StringBuilder text = new StringBuilder();
        pasting:
        for (String line = prompter.readLine("| ", List.of()); line != null; line = prompter.readLine("| ", List.of())) {
            for (String part : line.split("\r\n|\n|\r", -1)) {
                if (part.strip().equals(END_OF_PASTE)) {
                    break pasting;
                }
                text.append(part).append('\n');
            }
        }
        CaseText pasted = new CaseText("pasted text " + (interview.facts().texts().size() + 1), 1, text.toString());
        CaseTextFacts reader = CaseTexts.reader(knowledge, spec.commandLine().getErr());
        List<Fact> added = interview.paste(pasted, facts -> reader.add(facts, pasted));
        if (added.isEmpty()) {
            out.println("  Nothing new was read from the text.");
            return false;
        }
        out.println("  Read " + added.size() + " fact" + (added.size() == 1 ? "" : "s") + " from the text:");
        added.forEach(fact -> out.println("    " + fact.describe() + "   [" + fact.getSource() + "]"));
        return true;
    }

    private static void back(Interview interview, PrintWriter out) {
        Optional<Answer> undone = interview.back();
        out.println(undone.map(answer -> "  Took back the answer to " + answer.factId()
                + "; everything that followed from it is withdrawn.").orElse("  Nothing to take back yet."));
    }

    private static void why(Question question, Interview interview, PrintWriter out) {
        Diagnosis now = interview.diagnosis();
        out.println("  Asked because these rules need it:");
        for (Need need : question.reasons().raisedBy()) {
            out.println("    " + need.ruleId() + " (bears on " + String.join(", ", need.causes()) + ")");
        }
        out.println("  It bears on:");
        for (String cause : question.reasons().causes()) {
            out.printf(Locale.ROOT, "    %-40s now %.2f%n", cause, confidenceOf(now, cause));
        }
        for (Interview.Effect effect : interview.effects(question)) {
            List<String> moves = new ArrayList<>();
            for (RankedCause after : effect.after()) {
                double before = confidenceOf(now, after.cause());
                if (Math.abs(after.confidence() - before) > 0.005) {
                    moves.add(String.format(Locale.ROOT, "%s %.2f -> %.2f", after.cause(), before, after.confidence()));
                }
            }
            String label = question.entry().type().equals("boolean")
                    ? (effect.answer().equals("true") ? "yes" : "no") : question.entry().labelOf(effect.answer());
            out.println("  If " + label + ": "
                    + (moves.isEmpty() ? "no cause moves" : String.join("; ", moves)));
        }
    }

    private static double confidenceOf(Diagnosis diagnosis, String cause) {
        return diagnosis.causes().stream().filter(ranked -> ranked.cause().equals(cause))
                .mapToDouble(RankedCause::confidence).findFirst().orElse(0);
    }

    private static void status(Diagnosis diagnosis, PrintWriter out) {
        if (diagnosis.causes().isEmpty()) {
            out.println("  No cause has any support yet.");
        }
        for (int i = 0; i < diagnosis.causes().size(); i++) {
            RankedCause cause = diagnosis.causes().get(i);
            out.printf(Locale.ROOT, "  %d. %-40s %.2f%s%n", i + 1, cause.cause(), cause.confidence(),
                    diagnosis.shown().contains(cause) ? "  (established)" : "");
        }
    }

    private static void how(String number, Diagnosis diagnosis, PrintWriter out, TextReport report) {
        int rank;
        try {
            rank = Integer.parseInt(number);
        } catch (NumberFormatException notANumber) {
            out.println("  how takes the number of a cause in status, e.g. how 1");
            return;
        }
        if (rank < 1 || rank > diagnosis.causes().size()) {
            out.println("  there is no cause " + number + "; status lists " + diagnosis.causes().size());
            return;
        }
        report.writeCause(out, rank, diagnosis.causes().get(rank - 1));
    }

    private static void help(PrintWriter out) {
        out.println("  Answer with a number, yes/no or text as asked, or:");
        out.println("    unknown   you cannot find this out; it is not asked again");
        out.println("    why       which causes this question bears on, and how each answer would move them");
        out.println("    status    the causes as they stand");
        out.println("    how N     the evidence and rules behind cause N of status");
        out.println("    back      take the last answer back");
        out.println("    paste     paste a ticket, an e-mail or log lines; what they state is not asked again");
        out.println("    quit      stop now and print what is known");
    }
}
