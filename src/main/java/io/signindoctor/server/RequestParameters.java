package io.signindoctor.server;

import io.javalin.http.Context;
import io.signindoctor.engine.Diagnosis;

/** The query parameters several endpoints share, each checked as it is read, naming itself when it is wrong. */
final class RequestParameters {

    private RequestParameters() {
    }

    /** ?threshold=CF, from 0 to 1; the CLI's default when absent. */
    static double threshold(Context ctx) {
        String text = ctx.queryParam("threshold");
        if (text == null || text.isBlank()) {
            return Diagnosis.DEFAULT_THRESHOLD;
        }
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with what was expected
        }
        throw Problem.badRequest("threshold", "expected a number from 0 to 1; got \"" + text + "\"");
    }

    /** ?name=true|false; false when absent. */
    static boolean flag(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw Problem.badRequest(name, "expected true or false; got \"" + text + "\"");
    }
}
