package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A worker's memory of texts gives each incident exactly what reading its texts afresh gives. */
class RecentTextsTest {

    private static final TextExtractor EXTRACTOR = builtIn();

    /** Recurs, on two lines: its facts must cite the line of the incident they are given to. */
    private static final String MANUAL = "Manual configuration: internal server: ocs01.contoso.com, transport TCP.\n"
            + "Communicator failed to connect to server 10.0.0.5 (10.0.0.5) on port 5060 due to error 10061";
    /** Names another transport than MANUAL: which one an incident keeps depends on the field named first. */
    private static final String TLS = "Transport is TLS on the client. Users cannot sign in.";
    private static final String TITLE = "Communicator sign-in fails on branch laptop";

    private static TextExtractor builtIn() {
        try {
            return new TextExtractor(PatternCatalog.builtIn(FactsSchema.builtIn().vocabulary()));
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each fact as the output and the rules see it: what it says, where it cites, which entry read it, which field. */
    private static List<String> read(String[] fields, int line, RecentTexts memory) {
        List<Extracted> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Source source = Source.text("queue.csv", line);
        for (int i = 0; i < fields.length; i++) {
            if (memory == null) {
                EXTRACTOR.extract("field" + i, fields[i], source, found, seen);
            } else {
                memory.extract("field" + i, fields[i], source, found, seen);
            }
        }
        List<String> facts = new ArrayList<>();
        for (Extracted extracted : found) {
            facts.add(extracted.fact() + " | " + extracted.patternId() + " | " + extracted.field() + " | "
                    + extracted.text() + " | " + extracted.similarity());
        }
        return facts;
    }

    @Test
    void aRecurringTextGivesEachIncidentWhatReadingItAfreshGives() {
        List<String[]> incidents = List.of(
                new String[] {TITLE, MANUAL, ""},
                new String[] {TITLE, MANUAL, TLS},
                new String[] {TITLE, TLS, MANUAL},
                new String[] {MANUAL, "", MANUAL},
                new String[] {TITLE, MANUAL, "Pinged 10.0.0.5, nothing listens on 5060."},
                new String[] {TLS, MANUAL, TITLE},
                new String[] {TITLE, MANUAL, TLS});
        RecentTexts memory = new RecentTexts(EXTRACTOR, new TextShapes());
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < incidents.size(); i++) {
                int line = 2 + 17 * i + 5 * round;
                assertThat(read(incidents.get(i), line, memory))
                        .as("incident %d, round %d", i, round)
                        .isNotEmpty()
                        .containsExactlyElementsOf(read(incidents.get(i), line, null));
            }
        }
    }

    @Test
    void aFactCitesTheLineOfItsOwnIncident() {
        RecentTexts memory = new RecentTexts(EXTRACTOR, new TextShapes());
        for (int line = 10; line < 14; line++) {
            String secondLine = "queue.csv:" + (line + 1) + " ";
            assertThat(read(new String[] {MANUAL}, line, memory))
                    .anyMatch(fact -> fact.contains(secondLine) && fact.contains("10061"));
        }
    }
}
