package io.signindoctor.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JSON or YAML incident into named text fields like a CSV row's, so one mapping serves every format:
 * nested objects become dotted names (custom.location), lists of values become lines of text (work notes).
 */
final class FieldFlattener {

    private FieldFlattener() {
    }

    static Map<String, String> flatten(JsonNode object) {
        Map<String, String> fields = new HashMap<>();
        flatten("", object, fields);
        return fields;
    }

    private static void flatten(String prefix, JsonNode object, Map<String, String> fields) {
        Iterator<Map.Entry<String, JsonNode>> entries = object.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String name = prefix + entry.getKey().strip().toLowerCase(Locale.ROOT);
            JsonNode value = entry.getValue();
            if (value.isObject()) {
                flatten(name + ".", value, fields);
            } else if (value.isArray()) {
                StringBuilder lines = new StringBuilder();
                for (JsonNode item : value) {
                    if (lines.length() > 0) {
                        lines.append('\n');
                    }
                    lines.append(item.isValueNode() ? item.asText() : item.toString());
                }
                fields.put(name, lines.toString());
            } else if (!value.isNull()) {
                fields.put(name, value.asText());
            }
        }
    }
}
