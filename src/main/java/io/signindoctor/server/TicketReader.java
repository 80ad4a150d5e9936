package io.signindoctor.server;

import io.signindoctor.extract.Extracted;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.Fact;
import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the facts a pasted ticket states, with the same extraction classify applies to an incident's description,
 * and adds them after the facts a document gave, leaving out what the document already says. Each fact cites the
 * ticket as its source, so the report shows which facts were read into the engineer's words.
 */
final class TicketReader {

    /** The name a ticket's facts cite as their source. */
    static final String SOURCE = "ticket";

    private final TextExtractor extractor;

    TicketReader(TextExtractor extractor) {
        this.extractor = extractor;
    }

    CaseFacts addTo(CaseFacts facts, String ticket) {
        Set<String> seen = new HashSet<>();
        List<Extracted> found = new ArrayList<>();
        facts.facts().forEach(fact -> seen.add(fact.describe()));
        extractor.extract(SOURCE, ticket, Source.text(SOURCE, 0), found, seen);
        List<Fact> all = new ArrayList<>(facts.facts());
        found.forEach(extracted -> all.add(extracted.fact()));
        return new CaseFacts(facts.title(), all);
    }
}
