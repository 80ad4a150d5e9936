package io.signindoctor.server;

import io.javalin.http.Context;
import io.signindoctor.artifacts.ArtifactInput;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a multipart/form-data request (the web page's form with its file inputs), each read whole and bounded.
 * A part's file name is kept only as the label its facts cite: its last path segment, without control characters;
 * nothing is ever opened by it.
 */
final class UploadedParts {

    private static final int MAX_NAME = 100;

    private final Map<String, List<ArtifactInput>> parts = new LinkedHashMap<>();

    private UploadedParts() {
    }

    /**
     * @param maxPart the largest part, in bytes
     * @param maxTotal the largest sum of all parts, in bytes
     */
    static UploadedParts read(Context ctx, long maxPart, long maxTotal) {
        UploadedParts read = new UploadedParts();
        long total = 0;
        try {
            ctx.uploadedFileMap();
            for (Part part : ctx.req().getParts()) {
                String label = label(part);
                if (part.getSize() > maxPart) {
                    throw tooLarge(part.getName(), label + " has " + part.getSize() + " bytes; a part may have at "
                            + "most " + maxPart);
                }
                total += part.getSize();
                if (total > maxTotal) {
                    throw tooLarge(part.getName(), "the parts have more than " + maxTotal + " bytes together");
                }
                try (InputStream content = part.getInputStream()) {
                    read.parts.computeIfAbsent(part.getName(), name -> new ArrayList<>())
                            .add(new ArtifactInput(label, content.readNBytes((int) part.getSize())));
                }
            }
        } catch (IllegalStateException overLimit) {
            throw tooLarge("body", "the form is larger than this server takes (" + overLimit.getMessage() + ")");
        } catch (IOException | ServletException unreadable) {
            throw Problem.badRequest("body", "the multipart form cannot be read: " + unreadable.getMessage());
        }
        return read;
    }

    /** The names of the parts, in the order they came. */
    List<String> names() {
        return List.copyOf(parts.keySet());
    }

    /** Every part of this name, an empty file input (a form sends one when nothing was chosen) left out. */
    List<ArtifactInput> all(String name) {
        return parts.getOrDefault(name, List.of()).stream().filter(part -> part.bytes().length > 0).toList();
    }

    /** A field sent at most once, a form field or a file; null when absent or empty. */
    ArtifactInput one(String name) {
        List<ArtifactInput> sent = all(name);
        if (sent.size() > 1) {
            throw Problem.badRequest(name, "expected one " + name + " part, got " + sent.size());
        }
        return sent.isEmpty() ? null : sent.get(0);
    }

    /** A field sent at most once, as UTF-8 text; null when absent or empty. */
    String text(String name) {
        ArtifactInput sent = one(name);
        return sent == null ? null : new String(sent.bytes(), StandardCharsets.UTF_8);
    }

    private static String label(Part part) {
        String submitted = part.getSubmittedFileName();
        if (submitted == null || submitted.isBlank()) {
            return part.getName();
        }
        String last = submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        last.codePoints().filter(c -> !Character.isISOControl(c)).limit(MAX_NAME).forEach(clean::appendCodePoint);
        return clean.length() == 0 ? part.getName() : clean.toString();
    }

    private static Problem tooLarge(String field, String detail) {
        return Problem.of(413, "Content too large", detail).withField(field);
    }
}
