package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Trials the writer reports (rules/reading.yaml's trials): users tell what they tried and what came of it as a
 * condition ("if I log on to the spare computer, mine works there", "if my colleague logs on to my computer, hers
 * works"). Such an "if" opens no hypothesis: the trial was made, and both halves are what happened. An opener
 * followed by one of the subjects (the writer, or someone of the writer's) and a verb of signing in or using a
 * computer is so no irrealis word; "if the port is wrong", "if we enable strict naming" and "if I ping the server"
 * still are.
 */
record Trials(Set<String> openers, Set<String> subjects, Set<String> verbs) {

    static final Trials NONE = new Trials(Set.of(), Set.of(), Set.of());
    /** How many words after the subject its verb may stand ("if my colleague logs on"). */
    private static final int VERB_REACH = 2;

    Trials {
        openers = WordSet.of(openers);
        subjects = WordSet.of(subjects);
        verbs = WordSet.of(verbs);
    }

    /** These trials' words and those a later reading file adds (a site's catalogue extends the built-in one). */
    Trials with(JsonNode reading) {
        JsonNode node = reading.path("trials");
        if (node.isMissingNode()) {
            return this;
        }
        return new Trials(union(openers, node.path("openers")), union(subjects, node.path("subjects")),
                union(verbs, node.path("verbs")));
    }

    private static Set<String> union(Set<String> known, JsonNode words) {
        Set<String> all = new HashSet<>(known);
        words.forEach(word -> all.add(Stems.of(word.asText().toLowerCase(Locale.ROOT))));
        return all;
    }

    /**
     * Whether the irrealis word at a token opens a reported trial rather than a hypothesis: one of the subjects just
     * after it, and one of the verbs (signing in, using a computer) within a word or two after that.
     */
    boolean opens(String[] stems, int opener) {
        int subject = opener + 1;
        if (subject >= stems.length || !openers.contains(stems[opener]) || !subjects.contains(stems[subject])) {
            return false;
        }
        for (int i = subject + 1; i < stems.length && i <= subject + VERB_REACH; i++) {
            if (verbs.contains(stems[i])) {
                return true;
            }
        }
        return false;
    }
}
