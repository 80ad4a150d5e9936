package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The scalar facts the schema defines (account, symptom, client and server entries), with the question that asks for
 * each and its allowed answers. Rules name these ids in {@code @asks}; the interview and the report look them up here.
 */
public final class Vocabulary {

    /** The groups whose entries are single named values. */
    public static final List<String> GROUPS = List.of("account", "symptom", "client", "server");

    /**
     * One fact the vocabulary defines. Type is boolean, integer, string, choice, or number-or-text (a registry DWORD
     * given in decimal or as 0x... text); minimum and maximum bound integers, pattern bounds text.
     */
    public record Entry(String id, String type, String question, List<String> choices, Map<String, String> labels,
            String pattern, Long minimum, Long maximum, String description) {

        public String group() {
            return id.substring(0, id.indexOf('.'));
        }

        public String name() {
            return id.substring(id.indexOf('.') + 1);
        }

        public String labelOf(String value) {
            return labels.getOrDefault(value, value);
        }
    }

    private final Map<String, Entry> entries;

    private Vocabulary(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    static Vocabulary from(JsonNode schema) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String group : GROUPS) {
            JsonNode properties = schema.path("properties").path(group).path("properties");
            properties.fields().forEachRemaining(field -> {
                JsonNode entry = resolve(schema, field.getValue());
                entry = entry.has("enum") || !entry.has("$ref") ? entry : resolve(schema, entry);
                String id = group + "." + field.getKey();
                entries.put(id, new Entry(id, typeOf(entry), entry.path("x-question").asText(id),
                        choices(entry), labels(entry), entry.path("pattern").asText(null),
                        entry.has("minimum") ? entry.get("minimum").asLong() : null,
                        entry.has("maximum") ? entry.get("maximum").asLong() : null,
                        entry.path("description").asText(null)));
            });
        }
        return new Vocabulary(entries);
    }

    /** Merges a property's own keywords over those of the definition it refers to. */
    private static JsonNode resolve(JsonNode schema, JsonNode property) {
        JsonNode ref = property.get("$ref");
        if (ref == null || !ref.asText().startsWith("#")) {
            return property;
        }
        ObjectNode merged = ((ObjectNode) schema.at(ref.asText().substring(1))).deepCopy();
        property.fields().forEachRemaining(field -> merged.set(field.getKey(), field.getValue()));
        return merged;
    }

    private static String typeOf(JsonNode entry) {
        if (entry.has("enum")) {
            return "choice";
        }
        if (entry.path("type").isArray()) {
            return "number-or-text";
        }
        return entry.path("type").asText("string");
    }

    private static List<String> choices(JsonNode entry) {
        List<String> values = new ArrayList<>();
        entry.path("enum").forEach(value -> values.add(value.asText()));
        return List.copyOf(values);
    }

    private static Map<String, String> labels(JsonNode entry) {
        Map<String, String> labels = new LinkedHashMap<>();
        entry.path("x-labels").fields().forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
        return Collections.unmodifiableMap(labels);
    }

    public Optional<Entry> find(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }
}
