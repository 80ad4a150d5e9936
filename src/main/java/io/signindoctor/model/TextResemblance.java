package io.signindoctor.model;

import java.util.Objects;

/**
 * A ticket's words resemble those of the corpus tickets labelled with a cause, by the model trained on them at build
 * time (io.signindoctor.resemble): no single cue, but the words taken together. Its source cites the words that
 * weigh most for the cause. Only ticket text gives it (classify's text columns, diagnose --text, a facts file's
 * text:), never a machine log, whose words the model was not trained on.
 */
public final class TextResemblance extends Fact {

    private final String cause;
    private final double probability;

    public TextResemblance(String cause, double probability, Source source) {
        super(source);
        this.cause = Objects.requireNonNull(cause, "cause");
        this.probability = probability;
    }

    public String getCause() {
        return cause;
    }

    /** The model's probability that the text is about the cause. */
    public double getProbability() {
        return probability;
    }

    @Override
    public String describe() {
        return "text resembles the tickets labelled " + cause + " (probability " + probability + ")";
    }
}
