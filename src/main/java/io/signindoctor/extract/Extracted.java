package io.signindoctor.extract;

import io.signindoctor.model.Fact;

/**
 * A fact read from free text: the catalogue entry that read it, the field (or file) it was in, the words it came
 * from as written, and for a known message quoted in part or in other words, how much of it was found (1.0 for the
 * whole of a sentence of it; null when the entry is no message).
 */
public record Extracted(Fact fact, String patternId, String field, String text, Double similarity) {

    public Extracted(Fact fact, String patternId, String field, String text) {
        this(fact, patternId, field, text, null);
    }
}
