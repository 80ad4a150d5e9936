package io.signindoctor.batch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.facts.ParserMessage;
import io.signindoctor.facts.ReadLimits;
import java.io.IOException;

/**
 * Reads a JSON array of incidents, or YAML: a sequence of incidents, or a stream of documents each holding one. The
 * parser streams, so only one incident is in memory at a time. A syntax error cannot be stepped over in these
 * formats (unlike a line of JSONL), so it rejects the rest of the input, saying so, and the run goes on.
 */
final class TreeIncidentReader implements IncidentReader {

    private final String input;
    private final JsonParser parser;
    private final String language;
    private final LineLimitReader lines;
    private final ReadLimits limits;
    private boolean inSequence;
    private boolean finished;

    TreeIncidentReader(String input, JsonParser parser, String language, LineLimitReader lines, ReadLimits limits) {
        this.input = input;
        this.parser = parser;
        this.language = language;
        this.lines = lines;
        this.limits = limits;
        parser.setCodec(new ObjectMapper());
    }

    @Override
    public InputRecord next() throws IOException {
        if (finished) {
            return null;
        }
        int line = Math.max(1, parser.currentLocation().getLineNr());
        try {
            JsonToken token = parser.nextToken();
            if (inSequence && token == JsonToken.END_ARRAY) {
                inSequence = false;
                token = parser.nextToken();
            }
            if (!inSequence && token == JsonToken.START_ARRAY) {
                inSequence = true;
                token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    inSequence = false;
                    token = parser.nextToken();
                }
            }
            if (token == null) {
                finished = true;
                return null;
            }
            line = parser.currentTokenLocation().getLineNr();
            JsonNode node = parser.readValueAsTree();
            if (node == null || !node.isObject()) {
                return new Rejected(input, line, "expected an incident (an object of fields), got "
                        + describe(node), node == null ? "" : node.toString());
            }
            return new Row(input, line, FieldFlattener.flatten(node));
        } catch (IOException | RuntimeException failed) {
            finished = true;
            if (lines.tooLongLine() > 0) {
                return new Rejected(input, lines.tooLongLine(), limits.tooLong(input, lines.tooLongLine()).message()
                        + "; the rest of this input cannot be read", "");
            }
            if (!(failed instanceof StreamReadException syntax)) {
                throw failed;
            }
            int at = syntax.getLocation() == null ? line : syntax.getLocation().getLineNr();
            return new Rejected(input, at, "invalid " + language + ": " + ParserMessage.of(syntax)
                    + "; the rest of this input cannot be read", "");
        }
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "a list";
        }
        return node.isTextual() ? "text" : node.isNumber() ? "a number" : node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
