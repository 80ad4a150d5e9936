package io.signindoctor.artifacts.logs;

/**
 * One record of a log, as its format delimits it: an event, a SIP message or a line of a trace. Each starts at a
 * line of its file, which is what every fact read from it cites.
 */
public sealed interface LogUnit permits EventRecord, SipMessage, LogLine {

    /** The line the record starts on, counted from 1. */
    int line();
}
