package io.signindoctor.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A message the client shows or logs, from rules/messages.yaml, as the reader compares it: each of its sentences as a
 * set of word stems, so that a quote of one sentence, or the message in other words, still matches in part and says
 * how much; and its slots ({server}, {port}) with the kinds of value that fill them and the word before each, where
 * the reader looks for the value.
 */
record KnownMessage(String id, String name, int line, String text, List<Set<String>> sentences,
        Map<String, Slot> slots, List<FactTemplate> facts) {

    /** A place in the message for a value: the kinds it takes and the stem of the word written before it. */
    record Slot(String name, Set<ValueKind> kinds, String after) {
    }
}
