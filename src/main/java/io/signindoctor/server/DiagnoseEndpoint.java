package io.signindoctor.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.signindoctor.engine.CaseSession;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.kb.Knowledge;
import java.nio.charset.StandardCharsets;

/**
 * POST /api/diagnose: one case in a session of its own, answered with the diagnosis document, its reading and its
 * rules run under the request's time limit.
 */
final class DiagnoseEndpoint implements Handler {

    private final Knowledge knowledge;
    private final CaseReader cases;
    private final RequestDeadline deadline;

    DiagnoseEndpoint(Knowledge knowledge, CaseReader cases, RequestDeadline deadline) {
        this.knowledge = knowledge;
        this.cases = cases;
        this.deadline = deadline;
    }

    @Override
    public void handle(Context ctx) {
        double threshold = RequestParameters.threshold(ctx);
        boolean explain = RequestParameters.flag(ctx, "explain");
        CaseRequest request = cases.parse(ctx);
        String document = deadline.run(cases.probes(request), () -> {
            CaseReader.ReadCase read = cases.read(request);
            Diagnosis diagnosis = CaseSession.diagnose(knowledge.rules(), read.facts(), threshold);
            return DiagnosisDocument.of(knowledge, diagnosis, explain, read.notes());
        });
        ctx.contentType(DiagnosisDocument.MEDIA_TYPE).result(document.getBytes(StandardCharsets.UTF_8));
    }
}
