package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words rules/reading.yaml lists for the scope of negations and questions, as stems: words of trouble (a negation
 * that governs one says all is well), negations of ability (which govern the verb after them, never a word of
 * trouble), the words that open a yes/no question and that make such a question a request for help, and the phrases
 * that name another system than the client's sign-in (elsewhere) or the client itself (own), and the words that start
 * the next event of a story (sequels: "fails after the change"), past which a negation does not reach, and the words
 * of a guess that make a question mark weigh a hypothesis (question-hedges: "I think it's the password?"). Kept apart
 * from the cue words because they say how far a negation, a question or a statement reaches, not what a clause states.
 */
record ScopeWords(Set<String> troubles, Set<String> abilityNegators, Set<String> questionOpeners,
        Set<String> questionAskers, List<String[]> elsewhere, List<String[]> own, Set<String> sequels,
        Set<String> questionHedges) {

    static final ScopeWords NONE = new ScopeWords(Set.of(), Set.of(), Set.of(), Set.of(), List.of(), List.of(),
            Set.of(), Set.of());

    ScopeWords {
        troubles = WordSet.of(troubles);
        abilityNegators = WordSet.of(abilityNegators);
        questionOpeners = WordSet.of(questionOpeners);
        questionAskers = WordSet.of(questionAskers);
        elsewhere = List.copyOf(elsewhere);
        own = List.copyOf(own);
        sequels = WordSet.of(sequels);
        questionHedges = WordSet.of(questionHedges);
    }

    /** These words and those a later reading file adds (a site's catalogue extends the built-in one). */
    ScopeWords with(JsonNode reading) {
        return new ScopeWords(union(troubles, reading.path("troubles")),
                union(abilityNegators, reading.path("ability-negators")),
                union(questionOpeners, reading.path("question-openers")),
                union(questionAskers, reading.path("question-askers")),
                phrases(elsewhere, reading.path("elsewhere")), phrases(own, reading.path("own")),
                union(sequels, reading.path("sequels")), union(questionHedges, reading.path("question-hedges")));
    }

    private static List<String[]> phrases(List<String[]> known, JsonNode phrases) {
        List<String[]> all = new ArrayList<>(known);
        phrases.forEach(phrase -> all.add(PatternCatalog.stemsOf(phrase.asText())));
        return all;
    }

    private static Set<String> union(Set<String> known, JsonNode words) {
        Set<String> all = new HashSet<>(known);
        words.forEach(word -> all.add(Stems.of(word.asText().toLowerCase(Locale.ROOT))));
        return all;
    }
}
