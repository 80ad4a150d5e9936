package io.signindoctor.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;

/** Reads JSON Lines: one incident object per line; a line that is not one is rejected on its own. */
final class JsonLinesIncidentReader implements IncidentReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String input;
    private final BufferedReader reader;
    private int line;

    JsonLinesIncidentReader(String input, BufferedReader reader) {
        this.input = input;
        this.reader = reader;
    }

    @Override
    public InputRecord next() throws IOException {
        String text;
        do {
            text = reader.readLine();
            line++;
            if (text == null) {
                return null;
            }
        } while (text.isBlank());
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException invalid) {
            return new Rejected(input, line, "invalid JSON: " + invalid.getOriginalMessage().lines().findFirst()
                    .orElse("syntax error"), text);
        }
        if (!node.isObject()) {
            return new Rejected(input, line, "expected an incident (a JSON object) on the line", text);
        }
        return new Row(input, line, FieldFlattener.flatten(node));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
