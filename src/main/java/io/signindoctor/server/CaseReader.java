package io.signindoctor.server;

import io.javalin.http.Context;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.Fact;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a request into the facts of a case, by its content type: a facts document (YAML or JSON, what diagnose
 * reads from a file), ticket text (text/plain), or a form with the fields facts, text and domain (the web page's),
 * which may be combined. The document is checked against the facts schema the way diagnose checks a file, and a
 * document that does not validate is refused whole.
 */
final class CaseReader {

    /** The name a document's facts cite as their file unless the request names it with ?source=. */
    static final String DEFAULT_SOURCE = "request";

    private static final int MAX_SOURCE = 200;

    private final FactsFileLoader loader;
    private final TicketReader tickets;
    private final DomainProbe probe;

    CaseReader(FactsFileLoader loader, TicketReader tickets, DomainProbe probe) {
        this.loader = loader;
        this.tickets = tickets;
        this.probe = probe;
    }

    CaseFacts read(Context ctx) {
        String document = null;
        String ticket = null;
        String domain = ctx.queryParam("domain");
        switch (mediaType(ctx)) {
            case "application/yaml", "application/x-yaml", "text/yaml", "application/json" -> document = ctx.body();
            case "text/plain" -> ticket = ctx.body();
            case "application/x-www-form-urlencoded" -> {
                document = ctx.formParam("facts");
                ticket = ctx.formParam("text");
                domain = domain != null ? domain : ctx.formParam("domain");
            }
            default -> throw Problem.of(415, "Unsupported media type", "send a facts document as application/yaml "
                    + "or application/json, ticket text as text/plain, or a form (fields facts, text, domain) as "
                    + "application/x-www-form-urlencoded").withField("Content-Type");
        }
        boolean hasDocument = document != null && !document.isBlank();
        boolean hasTicket = ticket != null && !ticket.isBlank();
        boolean hasDomain = domain != null && !domain.isBlank();
        if (!hasDocument && !hasTicket && !hasDomain) {
            throw Problem.badRequest("body", "the request is empty: give a facts document, ticket text, or both");
        }
        CaseFacts facts = hasDocument ? document(source(ctx), document) : new CaseFacts("", List.of());
        if (hasTicket) {
            facts = tickets.addTo(facts, ticket);
        }
        if (hasDomain) {
            List<Fact> all = new ArrayList<>(facts.facts());
            all.addAll(probe.lookUp(domain));
            facts = new CaseFacts(facts.title(), all);
        }
        return facts;
    }

    /** A facts document alone, as an interview starts from. */
    CaseFacts document(String source, String text) {
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
