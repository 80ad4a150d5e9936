package io.signindoctor.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** A record that could not be classified, with the reason and the start of its text, for the rejects file. */
record Rejected(String input, int line, String reason, String excerpt) implements InputRecord, Result {

    static final int EXCERPT = 200;

    Rejected {
        excerpt = excerpt == null ? "" : excerpt.length() > EXCERPT ? start(excerpt) + "..." : excerpt;
        excerpt = excerpt.replace(Row.NOT_UTF8, '\uFFFD');
    }

    /** The excerpt's first characters, never ending on half of a character written as a surrogate pair. */
    private static String start(String text) {
        int end = Character.isHighSurrogate(text.charAt(EXCERPT - 1)) ? EXCERPT - 1 : EXCERPT;
        return text.substring(0, end);
    }

    /**
     * A row that could not be classified. Such a failure is a fault of this tool met on one incident's text, so the
     * reason says what went wrong without a stack trace, and the run goes on.
     */
    static Rejected failed(Row row, Throwable failure) {
        String reason;
        if (failure instanceof StackOverflowError) {
            reason = "its text could not be read: reading it went too deep (a text pattern ran out of stack); "
                    + "please report this record";
        } else {
            String message = failure.getMessage() == null ? "" : ": " + failure.getMessage().lines().findFirst()
                    .orElse("");
            reason = "it could not be classified (" + failure.getClass().getSimpleName() + message
                    + "); please report this record";
        }
        return new Rejected(row.input(), row.line(), reason, String.join(" | ", row.fields().values()));
    }

    /**
     * Writes this reject as one JSON line, after the given status field when there is one: the rejects file and the
     * server's classify stream give a reject the same fields, so a caller reads both the same way.
     */
    void writeLine(JsonGenerator json, String status) throws IOException {
        json.writeStartObject();
        if (status != null) {
            json.writeStringField("status", status);
        }
        json.writeStringField("input", input);
        json.writeNumberField("line", line);
        json.writeStringField("reason", reason);
        json.writeStringField("text", excerpt);
        json.writeEndObject();
        json.writeRaw('\n');
    }
}
