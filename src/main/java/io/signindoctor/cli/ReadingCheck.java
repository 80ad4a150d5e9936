package io.signindoctor.cli;

import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.ReadingExamples;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kbfiles.PackagedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading catalogues as kb validate and kb test see them: their problems (each at its file and line), the
 * entries no example covers, and the examples' results. Kept apart from the commands so both use one loading.
 */
final class ReadingCheck {

    private ReadingCheck() {
    }

    static List<InputProblem> problems(Vocabulary vocabulary) {
        List<InputProblem> problems = new ArrayList<>();
        try {
            PatternCatalog catalog = PatternCatalog.builtIn(vocabulary);
            problems.addAll(examples().uncovered(catalog));
        } catch (InvalidInputException e) {
            problems.addAll(e.getProblems());
        }
        return problems;
    }

    /** The examples' results; a catalogue or examples file that does not load is reported by kb validate. */
    static List<ReadingExamples.Result> examples(Vocabulary vocabulary) {
        try {
            return examples().run(new TextExtractor(PatternCatalog.builtIn(vocabulary)));
        } catch (InvalidInputException e) {
            return List.of(new ReadingExamples.Result(PatternCatalog.EXAMPLES + " (the reading catalogues)",
                    e.getProblems().stream().map(InputProblem::toString).toList()));
        }
    }

    private static ReadingExamples examples() throws InvalidInputException {
        return ReadingExamples.read(PatternCatalog.EXAMPLES, PackagedFile.read(PatternCatalog.EXAMPLES));
    }
}
