package io.signindoctor.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.signindoctor.facts.FactsFileWriter;
import io.signindoctor.kb.Knowledge;
import java.nio.charset.StandardCharsets;

/**
 * POST /api/facts: the facts file of what a diagnosis request gives (the document's facts and the artifacts', each
 * with a comment saying where it came from, and the ticket as its text:), for the engineer to attach to the ticket;
 * diagnose reads it back to the same diagnosis.
 */
final class FactsFileEndpoint implements Handler {

    private final FactsFileWriter writer;
    private final CaseReader cases;
    private final RequestDeadline deadline;

    FactsFileEndpoint(Knowledge knowledge, CaseReader cases, RequestDeadline deadline) {
        this.writer = new FactsFileWriter(knowledge.vocabulary());
        this.cases = cases;
        this.deadline = deadline;
    }

    @Override
    public void handle(Context ctx) {
        CaseRequest request = cases.parse(ctx);
        String file = deadline.run(cases.probes(request), () -> {
            try {
                return writer.write(cases.read(request).facts());
            } catch (IllegalArgumentException contradiction) {
                throw Problem.badRequest("body", "the artifacts and the facts document disagree, and a facts file "
                        + "can hold only one of the two: " + contradiction.getMessage());
            }
        });
        ctx.header("Content-Disposition", "attachment; filename=\"facts.yaml\"")
                .contentType("application/yaml; charset=utf-8").result(file.getBytes(StandardCharsets.UTF_8));
    }
}
