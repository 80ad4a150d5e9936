package io.signindoctor.artifacts.logs;

/** A line of a trace outside any SIP message: the client's own words, for the extraction engine to read. */
public record LogLine(int line, String text) implements LogUnit {
}
