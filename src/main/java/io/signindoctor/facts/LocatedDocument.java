package io.signindoctor.facts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed YAML or JSON document together with the line and column of every node, keyed by JSON pointer, because
 * schema errors and facts must both point back to the exact line an engineer wrote.
 */
public record LocatedDocument(String file, JsonNode root, Map<String, Position> positions) {

    /** A line and column, both counted from 1. */
    public record Position(int line, int column) {
    }

    /** The position of the node at this pointer, or of its nearest ancestor that has one. */
    public Position positionOf(String pointer) {
        String current = pointer;
        while (true) {
            Position found = positions.get(current);
            if (found != null) {
                return found;
            }
            if (current.isEmpty()) {
                return new Position(1, 1);
            }
            current = current.substring(0, Math.max(0, current.lastIndexOf('/')));
        }
    }

    public int lineOf(String pointer) {
        return positionOf(pointer).line();
    }

    /** An error at the node this pointer names, for checks a schema cannot make (a duplicate id, an unknown fact). */
    public InputProblem problemAt(String pointer, String message) {
        Position at = positionOf(pointer);
        return new InputProblem(file, at.line(), at.column(), fieldName(pointer), message);
    }

    /**
     * The part of this document below a pointer, as a document of its own whose positions still refer to the
     * original file, e.g. the given facts of one case inside a case file.
     */
    public LocatedDocument subDocument(String pointer) {
        java.util.Map<String, Position> inner = new java.util.HashMap<>();
        positions.forEach((key, position) -> {
            if (key.equals(pointer)) {
                inner.put("", position);
            } else if (key.startsWith(pointer + "/")) {
                inner.put(key.substring(pointer.length()), position);
            }
        });
        return new LocatedDocument(file, root.at(pointer), Map.copyOf(inner));
    }

    /** Turns "/events/2/port" into "events[2].port", the way the README and error messages name fields. */
    public static String fieldName(String pointer) {
        StringBuilder name = new StringBuilder();
        for (String token : pointer.split("/")) {
            if (token.isEmpty()) {
                continue;
            }
            String unescaped = token.replace("~1", "/").replace("~0", "~");
            if (unescaped.chars().allMatch(Character::isDigit)) {
                name.append('[').append(unescaped).append(']');
            } else {
                if (name.length() > 0) {
                    name.append('.');
                }
                name.append(unescaped);
            }
        }
        return name.toString();
    }
}
