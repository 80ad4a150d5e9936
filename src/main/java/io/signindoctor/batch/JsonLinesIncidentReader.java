package io.signindoctor.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.facts.ParserMessage;
import io.signindoctor.facts.ReadLimits;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads JSON Lines: one incident object per line; a line that is not one is rejected on its own, and so is a line
 * longer than the limit, which is skipped without being held in memory.
 */
final class JsonLinesIncidentReader implements IncidentReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String input;
    private final Reader reader;
    private final ReadLimits limits;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder text = new StringBuilder();
    private int position;
    private int filled;
    private boolean tooLong;
    private int line;

    JsonLinesIncidentReader(String input, Reader reader, ReadLimits limits) {
        this.input = input;
        this.reader = reader;
        this.limits = limits;
    }

    @Override
    public InputRecord next() throws IOException {
        do {
            line++;
            if (!nextLine()) {
                return null;
            }
        } while (!tooLong && text.toString().isBlank());
        if (tooLong) {
            return new Rejected(input, line, limits.tooLong(input, line).message(), text.toString());
        }
        String record = text.toString();
        JsonNode node;
        try {
            node = JSON.readTree(record);
        } catch (JsonProcessingException invalid) {
            return new Rejected(input, line, "invalid JSON: " + ParserMessage.of(invalid), record);
        }
        if (!node.isObject()) {
            return new Rejected(input, line, "expected an incident (a JSON object) on the line", record);
        }
        return new Row(input, line, FieldFlattener.flatten(node));
    }

    /** Reads the next line into text, keeping only its start when it is too long; false at the end of input. */
    private boolean nextLine() throws IOException {
        text.setLength(0);
        tooLong = false;
        boolean any = false;
        while (true) {
            if (position == filled) {
                filled = reader.read(buffer, 0, buffer.length);
                position = 0;
                if (filled < 0) {
                    filled = 0;
                    return any;
                }
            }
            any = true;
            int start = position;
            while (position < filled && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            if (!tooLong && text.length() + length > limits.maxLineChars()) {
                tooLong = true;
                text.append(buffer, start, Math.min(length, Rejected.EXCERPT));
            } else if (!tooLong) {
                text.append(buffer, start, length);
            }
            if (position < filled) {
                position++;
                if (text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
                    text.setLength(text.length() - 1);
                }
                return true;
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
