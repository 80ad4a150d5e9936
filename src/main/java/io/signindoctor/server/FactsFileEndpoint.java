package io.signindoctor.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.signindoctor.facts.FactsFileWriter;
import io.signindoctor.kb.Knowledge;
import java.nio.charset.StandardCharsets;

/**
 * POST /api/facts: the facts file of what a diagnosis request gives (the document's facts and those read from the
 * ticket, each with a comment saying where it came from), for the engineer to attach to the ticket; diagnose reads
 * it back to the same diagnosis.
 */
final class FactsFileEndpoint implements Handler {

    private final FactsFileWriter writer;
    private final CaseReader cases;

    FactsFileEndpoint(Knowledge knowledge, CaseReader cases) {
        this.writer = new FactsFileWriter(knowledge.vocabulary());
        this.cases = cases;
    }

    @Override
    public void handle(Context ctx) {
        String file;
        try {
            file = writer.write(cases.read(ctx));
        } catch (IllegalArgumentException contradiction) {
            throw Problem.badRequest("text", "the ticket and the facts document disagree, and a facts file can hold "
                    + "only one of the two: " + contradiction.getMessage());
        }
        ctx.header("Content-Disposition", "attachment; filename=\"facts.yaml\"")
                .contentType("application/yaml; charset=utf-8").result(file.getBytes(StandardCharsets.UTF_8));
    }
}
