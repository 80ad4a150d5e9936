package io.signindoctor.model;

import java.util.Objects;

/**
 * Free text that belongs to a case as written (a ticket, an e-mail, pasted notes), kept beside the facts read from it
 * so that a facts file can carry the words themselves: saving a case writes the text back rather than the facts the
 * tool read into it, and reading it again reads them again, with whatever the catalogues know by then.
 *
 * @param where the file (or stream, or form field) the facts read from it cite
 * @param line the line of that file the text's first line is on
 * @param content the text
 */
public record CaseText(String where, int line, String content) {

    public CaseText {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(content, "content");
    }

    /** Whether a fact was read from this text, so that it is written back as the text and not as a fact. */
    public boolean isSourceOf(Fact fact) {
        Source source = fact.getSource();
        return source.kind() == Source.Kind.TEXT && source.where().equals(where);
    }
}
