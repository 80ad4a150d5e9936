package io.signindoctor.interview;

import io.signindoctor.engine.OpenQuestion;
import io.signindoctor.facts.Vocabulary;

/** The next thing to ask: the vocabulary entry (text, answer type, choices) and the rules' reasons for asking it. */
public record Question(Vocabulary.Entry entry, OpenQuestion reasons) {

    public String fact() {
        return entry.id();
    }

    /** Whether every possible answer can be listed, so its effect can be worked out before asking. */
    public boolean enumerable() {
        return entry.type().equals("choice") || entry.type().equals("boolean");
    }

    /** The canonical values an enumerable question can take. */
    public java.util.List<String> possibleAnswers() {
        return entry.type().equals("boolean") ? java.util.List.of("true", "false") : entry.choices();
    }
}
