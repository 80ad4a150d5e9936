package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.LocatedDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The named concepts of rules/reading.yaml: the ways people write one idea ("TLS" is also "the secure connection",
 * "encrypted"; the pool is also "the front end", "FE", "the registrar"), kept once and referred to as {@code @name}
 * from the cue groups and unless lists of any reading. A reading so learns every way of writing an idea that any
 * other reading has been taught, and a new synonym added to a concept reaches all of them: the catalogue generalises
 * by idea rather than by the phrase one ticket used.
 */
final class Concepts {

    private static final String PREFIX = "@";

    private final Map<String, List<String[]>> phrases = new HashMap<>();

    /** The concepts of every reading file, in layer order: a later file may add phrases to a concept. */
    static Concepts of(List<LocatedDocument> files, List<InputProblem> problems) {
        Concepts concepts = new Concepts();
        for (LocatedDocument file : files) {
            file.root().path("concepts").fields().forEachRemaining(concept -> {
                List<String[]> list = concepts.phrases.computeIfAbsent(concept.getKey(), name -> new ArrayList<>());
                JsonNode items = concept.getValue();
                for (int i = 0; i < items.size(); i++) {
                    String phrase = items.get(i).asText();
                    if (phrase.startsWith(PREFIX)) {
                        problems.add(file.problemAt("/concepts/" + concept.getKey() + "/" + i,
                                "a concept lists phrases, not other concepts: " + phrase));
                    } else if (readable(file, "/concepts/" + concept.getKey() + "/" + i, phrase, problems)) {
                        list.add(PatternCatalog.stemsOf(phrase));
                    }
                }
            });
        }
        return concepts;
    }

    /**
     * A phrase the lexer reads as no word at all (punctuation alone) could never match, and would
     * only look like a cue: it is a problem at its line, so the author learns it at load rather than never.
     */
    private static boolean readable(LocatedDocument document, String pointer, String phrase,
            List<InputProblem> problems) {
        if (PatternCatalog.stemsOf(phrase).length > 0) {
            return true;
        }
        problems.add(document.problemAt(pointer, "the phrase \"" + phrase + "\" has no word the reader can match "
                + "(the reader skips punctuation)"));
        return false;
    }

    /**
     * The phrases of a cue group or unless list, each {@code @name} replaced by the phrases of that concept; an
     * unknown name is a problem at its line.
     */
    List<String[]> expand(LocatedDocument document, String pointer, List<InputProblem> problems) {
        List<String[]> expanded = new ArrayList<>();
        JsonNode group = document.root().at(pointer);
        for (int i = 0; i < group.size(); i++) {
            String phrase = group.get(i).asText();
            if (!phrase.startsWith(PREFIX)) {
                if (readable(document, pointer + "/" + i, phrase, problems)) {
                    expanded.add(PatternCatalog.stemsOf(phrase));
                }
                continue;
            }
            List<String[]> concept = phrases.get(phrase.substring(PREFIX.length()));
            if (concept == null) {
                problems.add(document.problemAt(pointer + "/" + i, "no such concept: " + phrase + "; known are "
                        + String.join(", ", new TreeSet<>(phrases.keySet()))));
            } else {
                for (String[] words : concept) {
                    if (expanded.stream().noneMatch(known -> Arrays.equals(known, words))) {
                        expanded.add(words);
                    }
                }
            }
        }
        return expanded;
    }
}
