package io.signindoctor.cli;

import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.kb.KnowledgeLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.signindoctor.authoring.KbValidator;
import io.signindoctor.engine.KnowledgeBase;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.resemble.ResemblanceModel;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The --rules option of every command that uses the knowledge base: site folders loaded beside the built-in one. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A site-local knowledge folder (rules/, kb-docs/causes/, facts-schemas/) to load beside "
                    + "the built-in knowledge base; may be repeated. Its DRL is compiled at start-up.")
    List<Path> folders = new ArrayList<>();

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "" + KnowledgeBase.DEFAULT_FIRING_LIMIT,
            description = "Stop a case after this many rule firings (default ${DEFAULT-VALUE}), naming the rule that "
                    + "keeps firing: a site rule that modifies a fact it matches can otherwise loop forever.")
    int maxFirings;

    @Option(names = "--resemblance-model", paramLabel = "FILE",
            description = "The text-resemblance model to compare ticket text with, as written by the trainer "
                    + "(io.signindoctor.build.ResemblanceTrainer), instead of the one built from corpus/train; "
                    + "'none' weighs no resemblance (bench/resemblance-cv.sh uses both).")
    String resemblanceModel;

    /** Whether a command line names a site folder, which main checks before preloading the built-in knowledge. */
    static boolean named(String... args) {
        for (String arg : args) {
            if (arg.equals("--rules") || arg.startsWith("--rules=")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The knowledge in force for a diagnosis. A site folder that breaks the conventions kb validate checks (a rule
     * without its cases or its page, say) is refused like one that does not compile, with exit code 3, so that no
     * diagnosis rests on knowledge its author has not finished.
     */
    Knowledge loadValid() {
        Knowledge knowledge = load();
        if (!folders.isEmpty()) {
            List<InputProblem> errors = KbValidator.of(knowledge).problems().stream().filter(InputProblem::isError)
                    .toList();
            if (!errors.isEmpty()) {
                throw new KnowledgeBaseError(errors);
            }
        }
        return knowledge;
    }

    /**
     * The model --resemblance-model names, read now so that a wrong path is reported before anything runs; a file
     * that cannot be read is bad input (exit code 2), naming the file.
     */
    private java.util.function.Supplier<ResemblanceModel> readResemblanceModel() {
        if (ResemblanceModel.NONE.equals(resemblanceModel)) {
            return () -> ResemblanceModel.EMPTY;
        }
        try {
            ResemblanceModel model = ResemblanceModel.read(Path.of(resemblanceModel));
            return () -> model;
        } catch (java.io.IOException | RuntimeException e) {
            throw new ParameterException(command.commandLine(), "--resemblance-model " + resemblanceModel
                    + ": cannot be read as a resemblance model (" + (e instanceof java.nio.file.NoSuchFileException
                    ? "no such file" : e.getMessage()) + ")");
        }
    }

    /** The knowledge in force; a folder with errors ends the command with exit code 3 (see KnowledgeBaseError). */
    Knowledge load() {
        try {
            if (maxFirings < 1) {
                throw new ParameterException(command.commandLine(), "--max-firings must be at least 1, not "
                        + maxFirings);
            }
            Knowledge knowledge = new KnowledgeLoader().load(folders).withFiringLimit(maxFirings);
            return resemblanceModel == null ? knowledge : knowledge.withResemblance(readResemblanceModel());
        } catch (InvalidInputException e) {
            throw new KnowledgeBaseError(e.getProblems());
        }
    }
}
