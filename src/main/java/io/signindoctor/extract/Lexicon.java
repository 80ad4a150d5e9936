package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.LocatedDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The translation lexicon of rules/lexicon.yaml: the words and short phrases tickets in other languages use for the
 * ideas the catalogues' cue words name ("Kennwort", "mot de passe", "contraseña", "heslo" for password), each mapped
 * to the one English word the catalogues already write. A foreign word so becomes that word before any cue is looked
 * for, and every reading, concept, negation and message works through it without restating its cues per language.
 * Words that mean "not X" (Czech "nefunguje") are listed as negated, a language's negating prefix makes them from its
 * words, and its elided articles ("l'", "d'") are read before any of its words.
 */
final class Lexicon {

    static final Lexicon NONE = new Lexicon(List.of());

    /**
     * A foreign word or phrase (as stems) and the catalogue's English stem it stands for; negated when it means the
     * English word's negation. A phrase's meaning falls on its last word, read so when the words before it precede it.
     */
    record Entry(String[] foreign, String english, boolean negated) {
    }

    private final List<Entry> entries;

    private Lexicon(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Every translation, in file order. */
    List<Entry> entries() {
        return entries;
    }

    /**
     * Reads the lexicon files, in layer order. An English side must be one word the catalogues use (vocabulary); a
     * foreign word the catalogues already read as English, or one given two meanings, is a problem at its line.
     */
    static Lexicon of(List<LocatedDocument> files, Set<String> vocabulary, List<InputProblem> problems) {
        List<Entry> entries = new ArrayList<>();
        Map<String, String> meanings = new HashMap<>();
        for (LocatedDocument file : files) {
            file.root().path("languages").fields().forEachRemaining(language -> {
                String pointer = "/languages/" + language.getKey();
                JsonNode body = language.getValue();
                List<String> elisions = new ArrayList<>();
                body.path("elisions").forEach(elision -> elisions.add(elision.asText()));
                String prefix = body.path("negating-prefix").asText("");
                Adder adder = new Adder(file, vocabulary, meanings, entries, problems);
                adder.add(body.path("words"), pointer + "/words", false, elisions, prefix);
                adder.add(body.path("negated"), pointer + "/negated", true, elisions, "");
            });
        }
        return new Lexicon(entries);
    }

    /** Adds the entries of one map of a language (English word: its foreign forms), checking each at its line. */
    private record Adder(LocatedDocument file, Set<String> vocabulary, Map<String, String> meanings,
            List<Entry> entries, List<InputProblem> problems) {

        void add(JsonNode map, String pointer, boolean negated, List<String> elisions, String prefix) {
            map.fields().forEachRemaining(english -> {
                String[] target = PatternCatalog.stemsOf(english.getKey());
                String at = pointer + "/" + english.getKey();
                if (target.length != 1 || !vocabulary.contains(target[0])) {
                    problems.add(file.problemAt(at, "expected one English word the catalogues use (a cue word of "
                            + "rules/reading.yaml or a word of a message); '" + english.getKey() + "' is not one"));
                    return;
                }
                JsonNode forms = english.getValue();
                for (int i = 0; i < forms.size(); i++) {
                    String form = forms.get(i).asText();
                    String[] foreign = PatternCatalog.stemsOf(form);
                    if (foreign.length == 0) {
                        problems.add(file.problemAt(at + "/" + i, "expected a word or phrase, got '" + form + "'"));
                        continue;
                    }
                    if (foreign.length == 1 && vocabulary.contains(foreign[0])) {
                        problems.add(file.problemAt(at + "/" + i, "'" + form + "' is already a word the catalogues "
                                + "read as English; a translation would change what English texts say"));
                        continue;
                    }
                    if (!put(foreign, target[0], negated, at + "/" + i)) {
                        continue;
                    }
                    if (foreign.length == 1) {
                        for (String elision : elisions) {
                            put(PatternCatalog.stemsOf(elision + "'" + form), target[0], negated, null);
                        }
                        if (!prefix.isEmpty()) {
                            put(PatternCatalog.stemsOf(prefix + form), target[0], true, null);
                        }
                    }
                }
            });
        }

        /**
         * Adds one translation unless the same foreign words already have it; a second meaning is a problem at the
         * pointer, or skipped for a form the lexicon derives (pointer null). Returns whether the form is usable.
         */
        private boolean put(String[] foreign, String english, boolean negated, String pointer) {
            if (pointer == null && foreign.length == 1 && vocabulary.contains(foreign[0])) {
                return false;
            }
            String key = String.join(" ", foreign);
            String meaning = (negated ? "not " : "") + english;
            String before = meanings.putIfAbsent(key, meaning);
            if (before == null) {
                entries.add(new Entry(foreign, english, negated));
                return true;
            }
            if (!before.equals(meaning) && pointer != null) {
                problems.add(file.problemAt(pointer, "'" + key + "' already means '" + before + "' in the lexicon"));
                return false;
            }
            return before.equals(meaning);
        }
    }
}
