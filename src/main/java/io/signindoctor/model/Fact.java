package io.signindoctor.model;

import java.util.Objects;

/**
 * Anything observed about a case. Facts are compared by identity in the session (an engineer may state the same
 * thing twice from two sources, and each statement keeps its own origin), so subclasses do not override equals.
 */
public abstract class Fact {

    private final Source source;

    protected Fact(Source source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    public Source getSource() {
        return source;
    }

    /** One line for an engineer, without the source: "client.transport = TCP". */
    public abstract String describe();

    @Override
    public String toString() {
        return describe() + " (" + source + ")";
    }
}
