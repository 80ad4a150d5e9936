package io.signindoctor.artifacts.logs;

/** A header of a SIP message with its folded continuation lines joined, and the line it starts on. */
public record HeaderField(String name, String value, int line) {
}
