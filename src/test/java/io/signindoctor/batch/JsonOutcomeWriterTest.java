package io.signindoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signindoctor.engine.CauseScore;
import io.signindoctor.extract.Extracted;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.ClientSetting;
import io.signindoctor.model.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A judgement, and a classification remembered for incidents to come, is written as one piece encoded once, yet each
 * line holds the bytes a generator writes field by field: the same as a tree of the outcome serialised by Jackson,
 * whether the judgement is met for the first time or again, and whether the line has a cause or none.
 */
class JsonOutcomeWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Remedies remedies;

    @BeforeAll
    static void knowledge() {
        remedies = new Remedies(Knowledge.builtIn());
    }

    private static final Judgement CLASSIFIED = new Judgement(new CauseScore("manual-server-not-fqdn", 0.94444),
            List.of(new CauseScore("pool-tcp-port-not-5060", 0.4), new CauseScore("manual-tls-not-selected", 0.2)),
            List.of("ip-address-in-manual-settings"), List.of("MAN-001", "TRI-002"));
    private static final Judgement UNCLASSIFIED = new Judgement(null, List.of(new CauseScore("account-not-usable",
            0.3)), List.of(), List.of("TRI-001"));

    private static Outcome outcome(String id, int line, Judgement judgement) {
        Extracted fact = new Extracted(new ClientSetting("transport", "TCP", Source.text("export.csv", line)),
                "RD-006", "description", "over \"TCP\"\tnow");
        return new Outcome("export.csv", line, id, judgement, List.of(fact), "none");
    }

    @Test
    void eachLineIsTheOutcomeSerialisedFieldByFieldWhetherItsJudgementIsNewOrMetAgain() throws IOException {
        assertWrittenFieldByField(List.of(outcome("INC-1", 2, CLASSIFIED), outcome("INC-2", 3, UNCLASSIFIED),
                outcome("INC-3", 4, CLASSIFIED), outcome("INC-4", 5, UNCLASSIFIED)));
    }

    @Test
    void incidentsThatShareARememberedClassificationAreEachWrittenAsTheirOwnOutcome() throws IOException {
        Outcome first = outcome("INC-1", 2, CLASSIFIED);
        Classification shared = first.classification();
        shared.markRemembered();
        Outcome again = new Outcome("other.csv", 9, "INC-9", shared, "manual-server-not-fqdn");
        Outcome unclassified = new Outcome("export.csv", 10, "INC-10", new Classification(UNCLASSIFIED,
                first.facts()), null);
        unclassified.classification().markRemembered();

        assertWrittenFieldByField(List.of(first, outcome("INC-2", 3, UNCLASSIFIED), again, unclassified, again));
    }

    private static void assertWrittenFieldByField(List<Outcome> outcomes) throws IOException {
        StringWriter text = new StringWriter();
        JsonGenerator json = new JsonFactory().createGenerator(text);
        JsonOutcomeWriter writer = new JsonOutcomeWriter(json, false, remedies, true);
        for (Outcome outcome : outcomes) {
            writer.write(outcome);
        }
        writer.finish();

        StringBuilder expected = new StringBuilder();
        for (Outcome outcome : outcomes) {
            expected.append(JSON.writeValueAsString(tree(outcome))).append('\n');
        }
        assertThat(text.toString()).isEqualTo(expected.toString());
    }

    private static ObjectNode tree(Outcome outcome) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", outcome.id());
        line.put("input", outcome.input());
        line.put("line", outcome.line());
        line.put("status", outcome.isClassified() ? "classified" : "unclassified");
        if (outcome.isClassified()) {
            line.put("cause", outcome.top().cause());
            line.put("confidence", Rounding.of(outcome.top().confidence()));
        } else {
            line.putNull("cause");
            line.putNull("confidence");
        }
        ArrayNode others = line.putArray("others");
        for (CauseScore other : outcome.others()) {
            others.addObject().put("cause", other.cause()).put("confidence", Rounding.of(other.confidence()));
        }
        outcome.advisories().forEach(line.putArray("advisories")::add);
        line.set("remedy", outcome.isClassified() ? JSON.readTree(remedies.json(outcome.top().cause()))
                : JSON.createArrayNode());
        outcome.rules().forEach(line.putArray("rules")::add);
        ArrayNode facts = line.putArray("facts");
        for (Extracted fact : outcome.facts()) {
            facts.addObject().put("fact", fact.fact().describe()).put("field", fact.field()).put("text", fact.text())
                    .put("pattern", fact.patternId());
        }
        line.put("label", outcome.label());
        return line;
    }
}
