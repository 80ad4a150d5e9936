package io.signindoctor.server;

import io.javalin.http.Context;
import io.signindoctor.artifacts.ArtifactInput;
import io.signindoctor.artifacts.CaseTextFacts;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.resemble.ResemblanceModel;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.gather.FactGatherer;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.CaseText;
import io.signindoctor.model.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a request into the facts of a case, by its content type: a facts document (YAML or JSON, what diagnose
 * reads from a file), ticket text (text/plain), a form with the fields facts, text and domain (the web page's), or a
 * multipart form that may also carry artifacts. The document is checked against the facts schema the way diagnose
 * checks a file, and a document that does not validate is refused whole; texts (the ticket, a document's text:) are
 * read by the engine diagnose --text uses, a written fact winning over one read from a text.
 */
final class CaseReader {

    /** The name a document's facts cite as their file unless the request names it with ?source=. */
    static final String DEFAULT_SOURCE = "request";
    /** The name a ticket's facts cite as their source. */
    static final String TICKET = "ticket";

    /** The facts of a case and what the caller should be told about how they were read. */
    record ReadCase(CaseFacts facts, List<String> notes) {
    }

    private static final int MAX_SOURCE = 200;
    private static final Set<String> FIELDS = Set.of("facts", "text", "domain");

    private final FactsFileLoader loader;
    private final TextExtractor extractor;
    private final ResemblanceModel resemblance;
    private final RequestGathering gathering;
    private final long maxArtifact;
    private final long maxUpload;

    CaseReader(FactsFileLoader loader, TextExtractor extractor, ResemblanceModel resemblance,
            RequestGathering gathering, long maxArtifact, long maxUpload) {
        this.loader = loader;
        this.extractor = extractor;
        this.resemblance = resemblance;
        this.gathering = gathering;
        this.maxArtifact = maxArtifact;
        this.maxUpload = maxUpload;
    }

    /** What the request sent, read off the wire and checked for shape; nothing is read into facts yet. */
    CaseRequest parse(Context ctx) {
        String source = source(ctx);
        String domain = ctx.queryParam("domain");
        CaseRequest request = switch (mediaType(ctx)) {
            case "application/yaml", "application/x-yaml", "text/yaml", "application/json" ->
                    new CaseRequest(source, ctx.body(), null, domain, List.of());
            case "text/plain" -> new CaseRequest(source, null, ctx.body(), domain, List.of());
            case "application/x-www-form-urlencoded" -> new CaseRequest(source, ctx.formParam("facts"),
                    ctx.formParam("text"), domain != null ? domain : ctx.formParam("domain"), List.of());
            case "multipart/form-data" -> multipart(ctx, source, domain);
            default -> throw Problem.of(415, "Unsupported media type", "send a facts document as application/yaml "
                    + "or application/json, ticket text as text/plain, a form (fields facts, text, domain) as "
                    + "application/x-www-form-urlencoded, or a form with artifacts as multipart/form-data")
                    .withField("Content-Type");
        };
        if (!request.hasDocument() && !request.hasTicket() && !request.hasDomain() && request.uploads().isEmpty()) {
            throw Problem.badRequest("body", "the request is empty: give a facts document, ticket text, artifacts, "
                    + "or a domain");
        }
        return request;
    }

    private CaseRequest multipart(Context ctx, String source, String domain) {
        UploadedParts parts = UploadedParts.read(ctx, maxArtifact, maxUpload);
        List<CaseRequest.Upload> uploads = new ArrayList<>();
        for (String name : parts.names()) {
            if (FIELDS.contains(name)) {
                continue;
            }
            if (!RequestGathering.PARTS.containsKey(name) && !name.equals(RequestGathering.DETECTED)) {
                throw Problem.badRequest(name, "no such part; expected facts, text, domain, "
                        + RequestGathering.DETECTED + " (its kind told from its content) or one of "
                        + String.join(", ", RequestGathering.PARTS.keySet()));
            }
            parts.all(name).forEach(input -> uploads.add(new CaseRequest.Upload(name, input)));
        }
        ArtifactInput facts = parts.one("facts");
        String cited = facts != null && !facts.name().equals("facts") && ctx.queryParam("source") == null
                ? facts.name() : source;
        return new CaseRequest(cited, parts.text("facts"), parts.text("text"),
                domain != null ? domain : parts.text("domain"), uploads);
    }

    /** Whether reading this request would ask DNS, which is what may take long. */
    boolean probes(CaseRequest request) {
        return gathering.probes(request);
    }

    /** The facts of the request: the document's, the artifacts', then what the texts add. */
    ReadCase read(CaseRequest request) {
        List<String> notes = new ArrayList<>();
        CaseFacts facts = request.hasDocument() ? load(request.source(), request.document())
                : new CaseFacts("", List.of());
        if (request.hasDomain() || !request.uploads().isEmpty()) {
            FactGatherer.Gathered gathered = gathering.gather(request);
            List<Fact> all = new ArrayList<>(facts.facts());
            all.addAll(gathered.facts());
            facts = facts.withFacts(all);
            notes.addAll(gathered.notes());
        }
        CaseTextFacts texts = new CaseTextFacts(extractor, resemblance, notes::add);
        facts = texts.read(facts);
        if (request.hasTicket()) {
            facts = texts.add(facts, new CaseText(TICKET, 1, request.ticket()));
        }
        return new ReadCase(facts, notes);
    }

    /** A facts document alone, as an interview starts from, with what its text: states. */
    CaseFacts document(String source, String text) {
        return new CaseTextFacts(extractor, resemblance, note -> { }).read(load(source, text));
    }

    private CaseFacts load(String source, String text) {
        try {
            return loader.load(source, text);
        } catch (InvalidInputException invalid) {
            throw Problem.invalidDocument("facts", "the facts document is not valid: " + invalid.getMessage(),
                    invalid.getProblems());
        }
    }

    static String mediaType(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return "";
        }
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * ?source=NAME: what the document's facts cite as their file (the ticket's attachment, say), so the evidence
     * reads as it would from diagnose FILE. Only a label: nothing is ever opened by it.
     */
    static String source(Context ctx) {
        String source = ctx.queryParam("source");
        if (source == null || source.isBlank()) {
            return DEFAULT_SOURCE;
        }
        if (source.length() > MAX_SOURCE || source.chars().anyMatch(Character::isISOControl)) {
            throw Problem.badRequest("source", "expected a name of at most " + MAX_SOURCE
                    + " characters without control characters");
        }
        return source;
    }
}
