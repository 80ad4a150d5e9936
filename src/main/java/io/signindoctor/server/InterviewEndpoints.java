package io.signindoctor.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.signindoctor.model.CaseFacts;
import java.util.List;

/**
 * The interview over HTTP: start (from nothing or from a facts document), then answer, unknown, back, why, how N,
 * status, and finish for the diagnosis and the facts file. Each step answers with where the interview stands.
 */
final class InterviewEndpoints {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SESSION = "/api/interviews/{id}";

    private final InterviewSessions sessions;
    private final CaseReader cases;

    InterviewEndpoints(InterviewSessions sessions, CaseReader cases) {
        this.sessions = sessions;
        this.cases = cases;
    }

    void routes(Javalin app) {
        app.post("/api/interviews", this::start);
        app.get(SESSION, ctx -> ctx.json(session(ctx).state()));
        app.post(SESSION + "/answer", this::answer);
        app.post(SESSION + "/unknown", ctx -> ctx.json(session(ctx).unknown(field(body(ctx), "fact", false))));
        app.post(SESSION + "/back", ctx -> ctx.json(session(ctx).back()));
        app.get(SESSION + "/why", ctx -> ctx.json(session(ctx).why()));
        app.get(SESSION + "/status", ctx -> ctx.json(session(ctx).status()));
        app.get(SESSION + "/how/{n}", ctx -> ctx.json(session(ctx).how(rank(ctx))));
        app.post(SESSION + "/finish", this::finish);
    }

    private void start(Context ctx) {
        double threshold = RequestParameters.threshold(ctx);
        String type = CaseReader.mediaType(ctx);
        String body = ctx.body();
        CaseFacts facts;
        if (body.isBlank()) {
            facts = new CaseFacts("", List.of());
        } else if (type.equals("application/yaml") || type.equals("application/x-yaml") || type.equals("text/yaml")
                || type.equals("application/json")) {
            facts = cases.document(CaseReader.source(ctx), body);
        } else {
            throw Problem.of(415, "Unsupported media type", "start an interview with no body, or with a facts "
                    + "document as application/yaml or application/json").withField("Content-Type");
        }
        InterviewSession session = sessions.start(facts, threshold);
        ctx.status(201).header("Location", "/api/interviews/" + session.id()).json(session.state());
    }

    private void answer(Context ctx) {
        JsonNode body = body(ctx);
        String answer = field(body, "answer", true);
        ctx.json(session(ctx).answer(answer, field(body, "fact", false)));
    }

    private void finish(Context ctx) {
        InterviewSession session = session(ctx);
        ObjectNode finished = session.finish();
        sessions.finish(session);
        ctx.json(finished);
    }

    private InterviewSession session(Context ctx) {
        return sessions.get(ctx.pathParam("id"));
    }

    private static int rank(Context ctx) {
        String text = ctx.pathParam("n");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            throw Problem.badRequest("n", "expected the number of a cause in status, e.g. 1; got \"" + text + "\"");
        }
    }

    /** The JSON object a step was sent with; an empty body is an empty object. */
    private static JsonNode body(Context ctx) {
        String text = ctx.body();
        if (text.isBlank()) {
            return JSON.createObjectNode();
        }
        if (!CaseReader.mediaType(ctx).equals("application/json")) {
            throw Problem.of(415, "Unsupported media type", "send a JSON object, e.g. {\"answer\": \"1\"}, as "
                    + "application/json").withField("Content-Type");
        }
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException notJson) {
            throw Problem.badRequest("body", "not JSON: " + notJson.getOriginalMessage());
        }
        throw Problem.badRequest("body", "expected a JSON object, e.g. {\"answer\": \"1\"}");
    }

    private static String field(JsonNode body, String name, boolean required) {
        JsonNode value = body.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw Problem.badRequest(name, "missing: send {\"" + name + "\": \"...\"}");
            }
            return null;
        }
        if (!value.isTextual() && !value.isNumber() && !value.isBoolean()) {
            throw Problem.badRequest(name, "expected text, a number or true/false");
        }
        return value.asText();
    }
}
