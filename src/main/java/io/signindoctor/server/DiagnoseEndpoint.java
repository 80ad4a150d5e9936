package io.signindoctor.server;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.signindoctor.engine.CaseSession;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.CaseFacts;
import java.nio.charset.StandardCharsets;

/** POST /api/diagnose: one case in a session of its own, answered with the diagnosis document. */
final class DiagnoseEndpoint implements Handler {

    private final Knowledge knowledge;
    private final CaseReader cases;

    DiagnoseEndpoint(Knowledge knowledge, CaseReader cases) {
        this.knowledge = knowledge;
        this.cases = cases;
    }

    @Override
    public void handle(Context ctx) {
        double threshold = RequestParameters.threshold(ctx);
        boolean explain = RequestParameters.flag(ctx, "explain");
        CaseFacts facts = cases.read(ctx);
        Diagnosis diagnosis = CaseSession.diagnose(knowledge.rules(), facts, threshold);
        ctx.contentType(DiagnosisDocument.MEDIA_TYPE)
                .result(DiagnosisDocument.of(knowledge, diagnosis, explain).getBytes(StandardCharsets.UTF_8));
    }
}
