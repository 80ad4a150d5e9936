package io.signindoctor.server;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.signindoctor.artifacts.ArtifactInput;
import io.signindoctor.batch.InputFormat;
import io.signindoctor.batch.Mapping;
import io.signindoctor.batch.StreamClassification;
import io.signindoctor.facts.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * POST /api/classify: an export body (CSV, JSON array or JSON Lines) answered with one JSON line per record as it is
 * classified, then the counts. The export may come in the default mapping as the body, or as the part export of a
 * multipart form whose part mapping says which columns hold what, checked as classify --mapping checks its file
 * before a record is read. Only a few exports are classified at once, so a large one cannot starve the diagnoses;
 * the rest are told to try again.
 */
final class ClassifyEndpoint implements Handler {

    static final String MEDIA_TYPE = "application/x-ndjson";

    private final StreamClassification classification;
    private final long maxExport;
    private final long maxMapping;
    private final Semaphore running;

    ClassifyEndpoint(StreamClassification classification, long maxExport, long maxMapping, int concurrent) {
        this.classification = classification;
        this.maxExport = maxExport;
        this.maxMapping = maxMapping;
        this.running = new Semaphore(concurrent);
    }

    @Override
    public void handle(Context ctx) throws IOException {
        if (CaseReader.mediaType(ctx).equals("multipart/form-data")) {
            mapped(ctx);
            return;
        }
        InputFormat format = format(CaseReader.mediaType(ctx));
        double threshold = RequestParameters.threshold(ctx);
        long length = ctx.req().getContentLengthLong();
        if (length > maxExport) {
            throw tooLarge();
        }
        stream(ctx, "body", new BoundedInputStream(ctx.req().getInputStream(), maxExport, this::tooLarge), format,
                null, threshold);
    }

    /** A multipart form: the part mapping, then the part export, its format from its type or its file name. */
    private void mapped(Context ctx) throws IOException {
        double threshold = RequestParameters.threshold(ctx);
        UploadedParts parts = UploadedParts.read(ctx, maxExport, maxExport + maxMapping);
        for (String name : parts.names()) {
            if (!name.equals("mapping") && !name.equals("export")) {
                throw Problem.badRequest(name, "no such part; expected mapping (facts-schemas/mapping.schema.yaml, "
                        + "YAML or JSON) and export");
            }
        }
        ArtifactInput mappingPart = parts.one("mapping");
        if (mappingPart != null && mappingPart.bytes().length > maxMapping) {
            throw Problem.of(413, "Content too large", "a mapping may have at most " + maxMapping + " bytes")
                    .withField("mapping");
        }
        Mapping mapping;
        try {
            mapping = mappingPart == null ? null : classification.mapping(mappingPart.name(),
                    new String(mappingPart.bytes(), StandardCharsets.UTF_8));
        } catch (InvalidInputException invalid) {
            throw Problem.invalidDocument("mapping", "the mapping is not valid: " + invalid.getMessage(),
                    invalid.getProblems());
        }
        ArtifactInput export = parts.one("export");
        if (export == null) {
            throw Problem.badRequest("export", "the form has no export part: send the export as the part export");
        }
        InputFormat format = InputFormat.ofFileName(export.name()).orElseGet(() -> format(exportType(ctx)));
        stream(ctx, "export", new ByteArrayInputStream(export.bytes()), format, mapping, threshold);
    }

    /** The content type of the part export, as the form gave it. */
    private static String exportType(Context ctx) {
        try {
            String type = ctx.req().getPart("export").getContentType();
            return type == null ? "" : type.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        } catch (IOException | jakarta.servlet.ServletException unreadable) {
            return "";
        }
    }

    private void stream(Context ctx, String field, InputStream body, InputFormat format, Mapping mapping,
            double threshold) throws IOException {
        if (!running.tryAcquire()) {
            ctx.header("Retry-After", "5");
            throw Problem.of(503, "Service unavailable", "other exports are being classified; try again shortly");
        }
        try {
            ctx.contentType(MEDIA_TYPE);
            OutputStream out = ctx.res().getOutputStream();
            try {
                if (mapping == null) {
                    classification.run(body, format, threshold, out);
                } else {
                    classification.run(body, format, mapping, threshold, out);
                }
            } catch (InvalidInputException unreadable) {
                fail(ctx, out, Problem.invalidDocument(field, "the export cannot be read: "
                        + unreadable.getMessage(), unreadable.getProblems()));
            } catch (Problem problem) {
                fail(ctx, out, problem);
            }
        } finally {
            running.release();
        }
    }

    private Problem tooLarge() {
        return Problem.of(413, "Content too large", "an export may be at most " + maxExport + " bytes; split it, "
                + "or run signin-doctor classify on the file").withField("body");
    }

    private static InputFormat format(String mediaType) {
        return switch (mediaType) {
            case "text/csv" -> InputFormat.csv;
            case "application/json" -> InputFormat.json;
            case "application/x-ndjson", "application/jsonl", "application/x-jsonlines" -> InputFormat.jsonl;
            default -> throw Problem.of(415, "Unsupported media type", "send the export as text/csv, "
                    + "application/json (an array of objects) or application/x-ndjson (JSON Lines)")
                    .withField("Content-Type");
        };
    }

    /**
     * A failure before any record was sent is an ordinary problem response; after, the status line is gone, so the
     * stream ends with a line saying it failed and why, in place of the counts.
     */
    private static void fail(Context ctx, OutputStream out, Problem problem) throws IOException {
        if (!ctx.res().isCommitted()) {
            ctx.res().resetBuffer();
            throw problem;
        }
        out.write(("{\"status\":\"failed\",\"reason\":\""
                + new String(JsonStringEncoder.getInstance().quoteAsString(problem.getMessage())) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
    }
}
