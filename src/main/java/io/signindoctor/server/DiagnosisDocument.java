package io.signindoctor.server;

import io.signindoctor.engine.Diagnosis;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.report.JsonReport;
import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * The signin-doctor/diagnosis/1 document of a diagnosis, written by the very code diagnose --format json uses, so
 * the API and the command line give the same bytes for the same case.
 */
final class DiagnosisDocument {

    static final String MEDIA_TYPE = "application/json";

    private DiagnosisDocument() {
    }

    static String of(Knowledge knowledge, Diagnosis diagnosis, boolean explain) {
        StringWriter text = new StringWriter();
        new JsonReport(knowledge).write(diagnosis, new PrintWriter(text), explain);
        return text.toString();
    }
}
