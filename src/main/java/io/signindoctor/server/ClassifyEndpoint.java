package io.signindoctor.server;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.signindoctor.batch.InputFormat;
import io.signindoctor.batch.StreamClassification;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Semaphore;

/**
 * POST /api/classify: an export body (CSV, JSON array or JSON Lines) answered with one JSON line per record as it is
 * classified, then the counts. Only a few exports are classified at once, so a large one cannot starve the
 * diagnoses; the rest are told to try again.
 */
final class ClassifyEndpoint implements Handler {

    static final String MEDIA_TYPE = "application/x-ndjson";

    private final StreamClassification classification;
    private final long maxExport;
    private final Semaphore running;

    ClassifyEndpoint(StreamClassification classification, long maxExport, int concurrent) {
        this.classification = classification;
        this.maxExport = maxExport;
        this.running = new Semaphore(concurrent);
    }

    @Override
    public void handle(Context ctx) throws IOException {
        InputFormat format = format(CaseReader.mediaType(ctx));
        double threshold = RequestParameters.threshold(ctx);
        long length = ctx.req().getContentLengthLong();
        if (length > maxExport) {
            throw tooLarge();
        }
        if (!running.tryAcquire()) {
            ctx.header("Retry-After", "5");
            throw Problem.of(503, "Service unavailable", "other exports are being classified; try again shortly");
        }
        try {
            ctx.contentType(MEDIA_TYPE);
            OutputStream out = ctx.res().getOutputStream();
            try {
                classification.run(new BoundedInputStream(ctx.req().getInputStream(), maxExport, this::tooLarge),
                        format, threshold, out);
            } catch (InvalidInputException unreadable) {
                fail(ctx, out, Problem.invalidDocument("body", "the export cannot be read: "
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
