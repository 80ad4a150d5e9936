package io.signindoctor.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signindoctor.facts.InputProblem;
import java.util.List;

/**
 * A request the server will not carry out, as an RFC 9457 problem document: thrown from any handler and written by
 * one exception mapper, so every error a client sees has the same shape, names the field at fault, and never
 * carries a stack trace.
 */
public final class Problem extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String title;
    private final String field;
    private final List<InputProblem> errors;

    private Problem(int status, String title, String detail, String field, List<InputProblem> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.field = field;
        this.errors = List.copyOf(errors);
    }

    /** Input that cannot be used; field names the parameter, form field or document entry at fault. */
    public static Problem badRequest(String field, String detail) {
        return new Problem(400, "Bad request", detail, field, List.of());
    }

    /** A document that does not validate: every problem, each with its line, column and field. */
    public static Problem invalidDocument(String field, String detail, List<InputProblem> errors) {
        return new Problem(400, "Bad request", detail, field, errors);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, null, List.of());
    }

    /** The same problem, naming the request field it is about. */
    public Problem withField(String name) {
        return new Problem(status, title, getMessage(), name, errors);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }

    /** The problem document; type is about:blank, as RFC 9457 says when the status code explains enough. */
    public ObjectNode toJson(String instance) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", "about:blank");
        node.put("title", title);
        node.put("status", status);
        node.put("detail", getMessage());
        node.put("instance", instance);
        if (field != null) {
            node.put("field", field);
        }
        if (!errors.isEmpty()) {
            ArrayNode list = node.putArray("errors");
            for (InputProblem error : errors) {
                ObjectNode item = list.addObject();
                item.put("field", error.field());
                if (error.line() > 0) {
                    item.put("line", error.line());
                }
                if (error.column() > 0) {
                    item.put("column", error.column());
                }
                item.put("message", error.message());
                item.put("text", error.toString());
            }
        }
        return node;
    }
}
