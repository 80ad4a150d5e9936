package io.signindoctor.batch;

/** A record that could not be classified, with the reason and the start of its text, for the rejects file. */
record Rejected(String input, int line, String reason, String excerpt) implements InputRecord, Result {

    static final int EXCERPT = 200;

    Rejected {
        excerpt = excerpt == null ? "" : excerpt.length() > EXCERPT ? excerpt.substring(0, EXCERPT) + "..." : excerpt;
    }
}
