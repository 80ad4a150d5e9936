package io.signindoctor.extract;

import io.signindoctor.model.Fact;

/** A fact read from free text, with the pattern that found it, the field it was in and the words it came from. */
public record Extracted(Fact fact, String patternId, String field, String text) {
}
