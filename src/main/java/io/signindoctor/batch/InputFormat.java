package io.signindoctor.batch;

import java.util.Locale;
import java.util.Optional;

/** The export formats classify reads, told apart by file extension unless the user says. */
public enum InputFormat {
    csv, json, jsonl, yaml;

    public static Optional<InputFormat> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return Optional.of(csv);
        }
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return Optional.of(jsonl);
        }
        if (lower.endsWith(".json")) {
            return Optional.of(json);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(yaml);
        }
        return Optional.empty();
    }
}
