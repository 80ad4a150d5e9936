package io.signindoctor.authoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A rule as its author wrote it: where it is, its metadata with the line of each entry, what its consequence
 * concludes, which vocabulary facts its conditions read and the literals its patterns compare fields with. Checks and
 * listings work from this, so they can point at the line and column to fix.
 */
public record RuleOutline(String file, int line, String name, Map<String, Metadata> metadata, Conclusion conclusion,
        Set<String> factsRead, List<FactPattern> patterns, String text) {

    /** One {@code @key(value)} entry. */
    public record Metadata(String value, int line) {
    }

    /** What a rule's consequence inserts, read from the consequence text. */
    public enum Conclusion {
        /** A vote for the cause a matched fact names: the rule has a confidence but no cause of its own. */
        SUPPORT_FOR_FACT_CAUSE("Support.ofCause("),
        SUPPORT("Support.of"), ADVISORY("Advisory.of"), NEED("Need.of"), DERIVED_FACT("insertLogical("), NOTHING("");

        private final String marker;

        Conclusion(String marker) {
            this.marker = marker;
        }

        static Conclusion of(String consequence) {
            for (Conclusion conclusion : values()) {
                if (!conclusion.marker.isEmpty() && consequence.contains(conclusion.marker)) {
                    return conclusion;
                }
            }
            return NOTHING;
        }
    }

    public Optional<String> meta(String key) {
        return Optional.ofNullable(metadata.get(key)).map(Metadata::value);
    }

    /** The line of a metadata entry, or of the rule when the entry is missing. */
    public int lineOf(String key) {
        Metadata entry = metadata.get(key);
        return entry == null ? line : entry.line();
    }

    public String id() {
        return meta("id").orElse(name);
    }
}
