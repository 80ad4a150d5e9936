package io.signindoctor.authoring;

import java.util.List;
import java.util.Optional;

/**
 * One pattern of a rule's conditions on a fact class, with the literal values its constraints compare fields with,
 * each where the author wrote it: {@code ClientSetting(name == "configuration", value == "manual")} compares name
 * with "configuration" at one column and value with "manual" at another.
 */
public record FactPattern(String factClass, List<Comparison> comparisons) {

    /** {@code field == literal} or {@code field != literal}; the literal as written, quotes removed from text. */
    public record Comparison(String field, String literal, boolean text, int line, int column) {
    }

    public FactPattern {
        comparisons = List.copyOf(comparisons);
    }

    /** The literal the pattern compares a field with, when it compares it with exactly one. */
    public Optional<Comparison> find(String field) {
        List<Comparison> matches = comparisons.stream().filter(comparison -> comparison.field().equals(field)).toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
