package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What one scalar field of the vocabulary allows, read from its schema entry: a yes/no flag, a whole number within
 * bounds, one of a list of choices, text of a structured format, or a registry DWORD given either way. Every way a
 * value enters is checked against this one description, so a value cannot pass one reader and fail another.
 *
 * @param type boolean, integer, choice, number-or-text or string
 * @param pattern a site addition's own pattern for text (the built-in vocabulary uses formats instead)
 */
public record ValueSpec(String type, List<String> choices, Long minimum, Long maximum, ValueFormat format,
        Pattern pattern) {

    public static final String BOOLEAN = "boolean";
    public static final String INTEGER = "integer";
    public static final String CHOICE = "choice";
    public static final String NUMBER_OR_TEXT = "number-or-text";
    public static final String STRING = "string";

    public ValueSpec {
        choices = List.copyOf(choices);
    }

    /**
     * The spec of a schema entry whose {@code $ref} has already been merged in. An unknown format name is an error:
     * it would silently check nothing.
     *
     * @throws IllegalArgumentException for a format this tool does not know
     */
    public static ValueSpec of(JsonNode entry) {
        List<String> choices = new ArrayList<>();
        entry.path("enum").forEach(value -> choices.add(value.asText()));
        ValueFormat format = null;
        if (entry.hasNonNull("format")) {
            String name = entry.get("format").asText();
            format = ValueFormat.named(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown format " + name + "; known are " + knownFormats()));
        }
        return new ValueSpec(typeOf(entry), choices,
                entry.has("minimum") ? entry.get("minimum").asLong() : null,
                entry.has("maximum") ? entry.get("maximum").asLong() : null,
                format, entry.hasNonNull("pattern") ? Pattern.compile(entry.get("pattern").asText()) : null);
    }

    private static String typeOf(JsonNode entry) {
        if (entry.has("enum")) {
            return CHOICE;
        }
        if (entry.path("type").isArray()) {
            return NUMBER_OR_TEXT;
        }
        return entry.path("type").asText(STRING);
    }

    static String knownFormats() {
        List<String> names = new ArrayList<>();
        for (ValueFormat format : ValueFormat.values()) {
            names.add(format.keyword());
        }
        return String.join(", ", names);
    }

    /** What a refusal says was expected, in the words of an error message ("a whole number from 1 to 65535"). */
    public String expected() {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case INTEGER -> "a whole number" + range();
            case CHOICE -> choices.size() <= 2 ? String.join(" or ", choices) : "one of " + String.join(", ", choices);
            case NUMBER_OR_TEXT -> "a whole number" + range() + (format == null ? " or text" : " or " + format.expected());
            default -> format != null ? format.expected()
                    : pattern != null ? "text matching " + pattern.pattern() : "some text";
        };
    }

    private String range() {
        if (minimum != null && maximum != null) {
            return " from " + minimum + " to " + maximum;
        }
        if (minimum != null) {
            return " of at least " + minimum;
        }
        return maximum != null ? " of at most " + maximum : "";
    }
}
