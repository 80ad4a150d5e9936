package io.signindoctor.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.definition.rule.Rule;

/**
 * The metadata every rule of the knowledge base carries ({@code @id}, {@code @cause}, {@code @cf}, {@code @doc},
 * {@code @asks}, {@code @status}, and {@code @appliesTo} where the rule is written for some products only). Conclusions read it from the firing rule, so a rule author states a rule's
 * confidence and cause once, in the rule header, and the consequence stays a single line.
 */
public record RuleMetadata(String id, String name, Optional<String> cause, Optional<Double> confidence,
        Optional<String> doc, Optional<String> asks, String status, Optional<String> appliesTo) {

    public static final String ID = "id";
    public static final String CAUSE = "cause";
    public static final String CONFIDENCE = "cf";
    public static final String DOC = "doc";
    public static final String ASKS = "asks";
    public static final String STATUS = "status";
    /** The products a rule is written for; the engine guards the rule with it (io.signindoctor.engine.ProductGuard). */
    public static final String APPLIES_TO = "appliesTo";
    public static final String ACTIVE = "active";
    public static final String RETIRED = "retired";

    /** A rule as a key by identity: Drools rules are equal by name, but two knowledge bases may differ in one. */
    private record RuleKey(Rule rule) {

        @Override
        public boolean equals(Object other) {
            return other instanceof RuleKey key && key.rule == rule;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(rule);
        }
    }

    /** Past this many rules parsed, the cache is emptied, so knowledge bases built and dropped are not kept alive. */
    private static final int CACHE_LIMIT = 10_000;

    /**
     * Parsed once per rule: every consequence asks for its rule's metadata at every firing, a million times over in
     * a batch.
     */
    private static final Map<RuleKey, RuleMetadata> PARSED = new ConcurrentHashMap<>();

    public static RuleMetadata of(Rule rule) {
        RuleKey key = new RuleKey(rule);
        RuleMetadata parsed = PARSED.get(key);
        if (parsed == null) {
            if (PARSED.size() >= CACHE_LIMIT) {
                PARSED.clear();
            }
            parsed = of(rule.getName(), rule.getMetaData());
            PARSED.put(key, parsed);
        }
        return parsed;
    }

    /** The metadata of a rule by its name and metadata map, as a rule model states them before any network is built. */
    public static RuleMetadata of(String name, Map<String, Object> meta) {
        String id = text(meta, ID).orElse(name);
        return new RuleMetadata(id, name, text(meta, CAUSE), text(meta, CONFIDENCE).map(Double::valueOf),
                text(meta, DOC), text(meta, ASKS), text(meta, STATUS).orElse(ACTIVE), text(meta, APPLIES_TO));
    }

    /** Metadata values arrive as strings, numbers or quoted strings depending on how the author wrote them. */
    private static Optional<String> text(Map<String, Object> meta, String key) {
        Object value = meta.get(key);
        if (value == null) {
            return Optional.empty();
        }
        String text = value.toString().trim();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** "a, b" as [a, b]: a question may bear on several causes. */
    public static List<String> causeList(String causes) {
        return java.util.Arrays.stream(causes.split(",")).map(String::trim).filter(cause -> !cause.isEmpty())
                .toList();
    }

    public boolean isRetired() {
        return RETIRED.equals(status);
    }

    String requireCause() {
        return cause.orElseThrow(() -> new IllegalStateException("rule " + id + " concludes a cause but has no @cause"));
    }

    double requireConfidence() {
        return confidence.orElseThrow(() -> new IllegalStateException("rule " + id + " concludes a cause but has no @cf"));
    }

    String requireAsks() {
        return asks.orElseThrow(() -> new IllegalStateException("rule " + id + " raises a question but has no @asks"));
    }
}
