package io.signindoctor.facts;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a YAML or JSON document into a tree and remembers where each node was written. A document with nothing in
 * it (only comments, say) is an empty mapping: a facts file with no facts is a case nobody knows anything about yet. Jackson's tree model forgets
 * locations, so the tree is built here from the token stream. Duplicate keys and further documents after the first
 * are errors: either would silently drop something the author wrote.
 */
public final class DocumentReader {

    private static final JsonFactory JSON = new JsonFactory();
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ReadLimits limits;

    public DocumentReader() {
        this(ReadLimits.DEFAULT);
    }

    public DocumentReader(ReadLimits limits) {
        this.limits = limits;
    }

    public LocatedDocument read(Path path) throws InvalidInputException {
        String display = path.toString();
        limits.checkSize(path);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException missing) {
            throw new InvalidInputException(new InputProblem(display, 0, 0, "", "no such file"));
        } catch (MalformedInputException notUtf8) {
            throw new InvalidInputException(new InputProblem(display, 0, 0, "", utf16(path)
                    ? "UTF-16 text (it starts with a UTF-16 byte-order mark); expected UTF-8: save the file as UTF-8"
                    : "not UTF-8 text; save the file as UTF-8"));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return read(display, text);
    }

    private static boolean utf16(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] start = in.readNBytes(2);
            return start.length == 2 && (start[0] == (byte) 0xFF && start[1] == (byte) 0xFE
                    || start[0] == (byte) 0xFE && start[1] == (byte) 0xFF);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Reads text that came from somewhere other than a file of its own (a case inside a case file, stdin). */
    public LocatedDocument read(String display, String text) throws InvalidInputException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        limits.checkLines(display, body);
        boolean json = display.toLowerCase().endsWith(".json");
        try (JsonParser parser = (json ? JSON : YAML).createParser(body)) {
            Map<String, LocatedDocument.Position> positions = new HashMap<>();
            JsonToken first = parser.nextToken();
            if (first == null) {
                positions.put("", new LocatedDocument.Position(1, 1));
                return new LocatedDocument(display, NODES.objectNode(), Map.copyOf(positions));
            }
            if (first != JsonToken.START_OBJECT) {
                throw problem(display, parser.currentTokenLocation(), "",
                        "expected a mapping of sections (account, symptom, client, ...) at the top level");
            }
            List<InputProblem> duplicates = new ArrayList<>();
            JsonNode root = readValue(parser, "", positions, display, duplicates);
            if (parser.nextToken() != null) {
                throw problem(display, parser.currentTokenLocation(), "",
                        "only one document is allowed in a file; remove what follows the first");
            }
            if (!duplicates.isEmpty()) {
                throw new InvalidInputException(duplicates);
            }
            return new LocatedDocument(display, root, Map.copyOf(positions));
        } catch (StreamReadException syntax) {
            JsonLocation where = syntax.getLocation();
            String message = syntax.getOriginalMessage().lines()
                    .filter(line -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("in '"))
                    .reduce((first, second) -> first + "; " + second).orElse("syntax error");
            throw problem(display, where, "", (json ? "invalid JSON: " : "invalid YAML: ") + message);
        } catch (IOException io) {
            throw new InvalidInputException(new InputProblem(display, 0, 0, "", "cannot read: " + io.getMessage()));
        }
    }

    /** Reads one value; every field given twice is added to duplicates, and reading goes on so all are listed. */
    private JsonNode readValue(JsonParser parser, String pointer, Map<String, LocatedDocument.Position> positions,
            String display, List<InputProblem> duplicates) throws IOException, InvalidInputException {
        JsonLocation at = parser.currentTokenLocation();
        positions.putIfAbsent(pointer, new LocatedDocument.Position(at.getLineNr(), at.getColumnNr()));
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                    JsonLocation keyAt = parser.currentTokenLocation();
                    parser.nextToken();
                    if (object.has(key)) {
                        duplicates.add(located(display, keyAt, LocatedDocument.fieldName(child),
                                "appears twice; each field may be given once"));
                        parser.skipChildren();
                        continue;
                    }
                    positions.put(child, new LocatedDocument.Position(keyAt.getLineNr(), keyAt.getColumnNr()));
                    object.set(key, readValue(parser, child, positions, display, duplicates));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(parser, pointer + "/" + index++, positions, display, duplicates));
                }
                return array;
            }
            case VALUE_STRING -> {
                return NODES.textNode(parser.getText());
            }
            case VALUE_NUMBER_INT -> {
                return NODES.numberNode(parser.getBigIntegerValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return NODES.numberNode(parser.getDecimalValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return NODES.nullNode();
            }
            default -> throw problem(display, at, LocatedDocument.fieldName(pointer), "unexpected " + token);
        }
    }

    private static InvalidInputException problem(String display, JsonLocation where, String field, String message) {
        return new InvalidInputException(located(display, where, field, message));
    }

    private static InputProblem located(String display, JsonLocation where, String field, String message) {
        int line = where == null ? 0 : Math.max(0, where.getLineNr());
        int column = where == null ? 0 : Math.max(0, where.getColumnNr());
        return new InputProblem(display, line, column, field, message);
    }
}
