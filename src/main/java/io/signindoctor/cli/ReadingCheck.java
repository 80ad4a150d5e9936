package io.signindoctor.cli;

import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.ReadingExamples;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.kbfiles.TextFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The reading catalogues as kb validate and kb test see them: their problems (each at its file and line), the
 * entries no example covers, and the examples' results. Kept apart from the commands so both use one loading.
 */
final class ReadingCheck {

    private ReadingCheck() {
    }

    /** The catalogues of every layer (built-in first), read with the vocabulary in force. */
    static List<InputProblem> problems(List<TextFile> catalogues, Vocabulary vocabulary) {
        List<InputProblem> problems = new ArrayList<>();
        try {
            PatternCatalog catalog = PatternCatalog.read(catalogues, vocabulary);
            problems.addAll(ReadingExamples.read(catalogues).uncovered(catalog));
        } catch (InvalidInputException e) {
            problems.addAll(e.getProblems());
        }
        return problems;
    }

    /** The examples' results; a catalogue or examples file that does not load is reported by kb validate. */
    static List<ReadingExamples.Result> examples(Knowledge knowledge) {
        try {
            return ReadingExamples.read(knowledge.catalogues()).run(new TextExtractor(knowledge.catalogue()));
        } catch (InvalidInputException e) {
            return List.of(new ReadingExamples.Result(PatternCatalog.EXAMPLES + " (the reading catalogues)",
                    e.getProblems().stream().map(InputProblem::toString).toList()));
        }
    }
}
