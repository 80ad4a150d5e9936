package io.signindoctor.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.report.JsonReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The signin-doctor/diagnosis/1 document of a diagnosis, written by the very code diagnose --format json uses, so
 * the API and the command line give the same bytes for the same case. What the command line would print on
 * standard error while reading (an artifact with nothing recognised, a DNS name left unasked, a text's fact
 * overridden) has no stream of its own here, so it is added as the field notes, present only when there is one.
 */
final class DiagnosisDocument {

    static final String MEDIA_TYPE = "application/json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnosisDocument() {
    }

    static String of(Knowledge knowledge, Diagnosis diagnosis, boolean explain, List<String> notes) {
        JsonReport report = new JsonReport(knowledge);
        if (notes.isEmpty()) {
            StringWriter text = new StringWriter();
            report.write(diagnosis, new PrintWriter(text), explain);
            return text.toString();
        }
        ObjectNode document = report.toJson(diagnosis, explain);
        notes.forEach(document.putArray("notes")::add);
        try {
            return JSON.writeValueAsString(document) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
