package io.signindoctor.model;

import java.util.Objects;

/**
 * Where a fact came from, so that every piece of evidence in a report can be traced back to the line, answer or
 * probe that produced it; an engineer attaching a diagnosis to a ticket must be able to show why it was made.
 *
 * @param words for a fact read from free text, the words it was read from as written (null otherwise), so that the
 *     evidence quotes the engineer's own words and not only a line number
 * @param note what else the engineer should know about where the fact stands, such as a fact read from the case's
 *     text that this one overrode (null when nothing)
 */
public record Source(Kind kind, String where, int line, String words, String note) {

    /** The kinds of origin the tool knows; derived facts point at the facts they were derived from instead. */
    public enum Kind { FILE, ANSWER, PROBE, DERIVED, TEXT }

    public Source {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
    }

    public Source(Kind kind, String where, int line) {
        this(kind, where, line, null, null);
    }

    /** The same origin, quoting the words the fact was read from. */
    public Source citing(String quoted) {
        return new Source(kind, where, line, quoted, note);
    }

    /** The same origin, with a note on it. */
    public Source noting(String text) {
        return new Source(kind, where, line, words, text);
    }

    public static Source file(String file, int line) {
        return new Source(Kind.FILE, file, line);
    }

    public static Source answer(String question) {
        return new Source(Kind.ANSWER, question, 0);
    }

    public static Source probe(String description) {
        return new Source(Kind.PROBE, description, 0);
    }

    public static Source derived(String rule) {
        return new Source(Kind.DERIVED, rule, 0);
    }

    /**
     * Found by a pattern in the free text of a record (an exported incident's description, say) that starts at this
     * line: a reader must be able to tell a fact somebody stated from one the tool read into their words.
     */
    public static Source text(String file, int line) {
        return new Source(Kind.TEXT, file, line);
    }

    @Override
    public String toString() {
        return place() + (words == null ? "" : " \"" + words + "\"") + (note == null ? "" : "; " + note);
    }

    private String place() {
        return switch (kind) {
            case FILE -> line > 0 ? where + ":" + line : where;
            case ANSWER -> "answer to " + where;
            case PROBE -> "probe " + where;
            case DERIVED -> "derived by " + where;
            case TEXT -> "text at " + (line > 0 ? where + ":" + line : where);
        };
    }
}
