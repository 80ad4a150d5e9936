package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signindoctor.vocabulary.Schema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The facts the schema defines, read from it once: the scalar facts (account, symptom, client and server entries)
 * with the question that asks for each and what it allows, the fields of the list facts (events, dns, certificates,
 * registry, policies), and the fact class each group or item becomes in DRL. Rules name the ids in {@code @asks};
 * the interview, reports, readers and {@code kb validate} look everything up here, so nothing restates the schema.
 */
public final class Vocabulary {

    /** The groups whose entries are single named values. */
    public static final List<String> GROUPS = Schema.GROUPS;
    /** The sections whose items are facts with fields of their own, and the policies keyed by name and scope. */
    public static final List<String> SECTIONS = List.of(Schema.EVENTS, Schema.DNS, Schema.CERTIFICATES, Schema.REGISTRY,
            Schema.POLICIES, Schema.AUTODISCOVER, Schema.SIP_CHALLENGES, Schema.TLS_ENDPOINTS);

    /**
     * The fields of a policy fact as rules and catalogues name them (PolicyValue(name, scope, value)); a facts file
     * keys its policies by name and scope instead, so these are the model's names, not the schema's.
     */
    public static final String POLICY_NAME = "name";
    public static final String POLICY_SCOPE = "scope";
    public static final String POLICY_VALUE = "value";

    /** One scalar fact the vocabulary defines. */
    public record Entry(String id, String question, Map<String, String> labels, ValueSpec spec) {

        public String group() {
            return id.substring(0, id.indexOf('.'));
        }

        public String name() {
            return id.substring(id.indexOf('.') + 1);
        }

        /** boolean, integer, string, choice or number-or-text; see {@link ValueSpec}. */
        public String type() {
            return spec.type();
        }

        public List<String> choices() {
            return spec.choices();
        }

        public String labelOf(String value) {
            return labels.getOrDefault(value, value);
        }
    }

    private final Map<String, Entry> entries;
    private final Map<String, Map<String, ValueSpec>> sectionFields;
    private final Map<String, String> sectionOfClass;
    private final Map<String, List<String>> requiredEventFields;

    private Vocabulary(Map<String, Entry> entries, Map<String, Map<String, ValueSpec>> sectionFields,
            Map<String, String> sectionOfClass, Map<String, List<String>> requiredEventFields) {
        this.entries = Collections.unmodifiableMap(entries);
        this.sectionFields = sectionFields;
        this.sectionOfClass = sectionOfClass;
        this.requiredEventFields = requiredEventFields;
    }

    static Vocabulary from(JsonNode schema) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        Map<String, String> sectionOfClass = new LinkedHashMap<>();
        for (String group : GROUPS) {
            JsonNode groupNode = schema.path("properties").path(group);
            factClasses(groupNode).forEach(name -> sectionOfClass.put(name, group));
            groupNode.path("properties").fields().forEachRemaining(field -> {
                JsonNode entry = resolve(schema, field.getValue());
                String id = group + "." + field.getKey();
                entries.put(id, new Entry(id, entry.path("x-question").asText(id), labels(entry), ValueSpec.of(entry)));
            });
        }
        Map<String, Map<String, ValueSpec>> sections = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            JsonNode node = resolve(schema, schema.path("properties").path(section));
            JsonNode item = section.equals(Schema.POLICIES) ? node : resolve(schema, node.path("items"));
            factClasses(item).forEach(name -> sectionOfClass.put(name, section));
            sections.put(section, section.equals(Schema.POLICIES) ? policyFields(schema, node)
                    : itemFields(schema, item));
        }
        return new Vocabulary(entries, sections, sectionOfClass, requiredEventFields(schema));
    }

    /** Each kind of event and the fields the schema requires of it (a connect failure has server, port and code). */
    private static Map<String, List<String>> requiredEventFields(JsonNode schema) {
        JsonNode event = resolve(schema, schema.path("properties").path(Schema.EVENTS).path("items"));
        Map<String, List<String>> required = new LinkedHashMap<>();
        event.path("allOf").forEach(branch -> {
            String kind = branch.path("if").path("properties").path(Schema.Events.KIND).path("const").asText(null);
            if (kind != null) {
                List<String> fields = new ArrayList<>();
                branch.path("then").path("required").forEach(field -> fields.add(field.asText()));
                required.put(kind, List.copyOf(fields));
            }
        });
        return Collections.unmodifiableMap(required);
    }

    /** A list item's fields, including those only some kinds of item have (an event's port, say). */
    private static Map<String, ValueSpec> itemFields(JsonNode schema, JsonNode item) {
        Map<String, ValueSpec> fields = new LinkedHashMap<>();
        List<JsonNode> blocks = new ArrayList<>(List.of(item.path("properties")));
        item.path("allOf").forEach(branch -> blocks.add(branch.path("then").path("properties")));
        for (JsonNode block : blocks) {
            block.fields().forEachRemaining(field -> {
                if (field.getValue().isObject() && !fields.containsKey(field.getKey())) {
                    JsonNode entry = resolve(schema, field.getValue());
                    if (!entry.path("type").asText().equals("array")) {
                        fields.put(field.getKey(), ValueSpec.of(entry));
                    } else {
                        fields.put(field.getKey(), ValueSpec.of(resolve(schema, entry.path("items"))));
                    }
                }
            });
        }
        return Collections.unmodifiableMap(fields);
    }

    /** A policy fact's name and scope are the keys of the policies section; its value is a policy setting. */
    private static Map<String, ValueSpec> policyFields(JsonNode schema, JsonNode policies) {
        List<String> names = new ArrayList<>();
        policies.path("properties").fieldNames().forEachRemaining(names::add);
        Map<String, ValueSpec> fields = new LinkedHashMap<>();
        fields.put(POLICY_NAME, new ValueSpec(ValueSpec.CHOICE, names, null, null, null, null));
        if (!names.isEmpty()) {
            JsonNode scopes = resolve(schema, policies.path("properties").path(names.get(0)));
            List<String> scopeNames = new ArrayList<>();
            scopes.path("properties").fieldNames().forEachRemaining(scopeNames::add);
            fields.put(POLICY_SCOPE, new ValueSpec(ValueSpec.CHOICE, scopeNames, null, null, null, null));
            fields.put(POLICY_VALUE, ValueSpec.of(resolve(schema, scopes.path("properties").path(scopeNames.get(0)))));
        }
        return Collections.unmodifiableMap(fields);
    }

    private static List<String> factClasses(JsonNode node) {
        JsonNode annotation = node.path("x-fact");
        List<String> names = new ArrayList<>();
        if (annotation.isArray()) {
            annotation.forEach(name -> names.add(name.asText()));
        } else if (annotation.isTextual()) {
            names.add(annotation.asText());
        }
        return names;
    }

    /** Merges a property's own keywords over those of the definition it refers to, through any chain of refs. */
    private static JsonNode resolve(JsonNode schema, JsonNode property) {
        JsonNode ref = property.get("$ref");
        if (ref == null || !ref.asText().startsWith("#")) {
            return property;
        }
        ObjectNode merged = ((ObjectNode) resolve(schema, schema.at(ref.asText().substring(1)))).deepCopy();
        property.fields().forEachRemaining(field -> {
            if (!field.getKey().equals("$ref")) {
                merged.set(field.getKey(), field.getValue());
            }
        });
        return merged;
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

    /** The entries of one group, for the names a rule may compare a fact of that group with. */
    public List<Entry> entries(String group) {
        return entries.values().stream().filter(entry -> entry.group().equals(group)).toList();
    }

    /**
     * What a field of a list fact allows (events.port, dns.result, registry.machine, policies.value), named as the
     * facts file names it.
     */
    public Optional<ValueSpec> field(String section, String field) {
        return Optional.ofNullable(sectionFields.getOrDefault(section, Map.of()).get(field));
    }

    /** The fields of a list fact's items. */
    public List<String> fields(String section) {
        return List.copyOf(sectionFields.getOrDefault(section, Map.of()).keySet());
    }

    /** The group (client) or section (events) whose facts a DRL class (ClientSetting, ClientEvent) holds. */
    public Optional<String> sectionOf(String factClass) {
        return Optional.ofNullable(sectionOfClass.get(factClass));
    }

    /** The fields an event of this kind must have; none for a kind the schema does not know. */
    public List<String> requiredEventFields(String kind) {
        return requiredEventFields.getOrDefault(kind, List.of());
    }

    /** The DRL fact classes the schema names, for messages that list them. */
    public List<String> factClasses() {
        return List.copyOf(sectionOfClass.keySet());
    }
}
