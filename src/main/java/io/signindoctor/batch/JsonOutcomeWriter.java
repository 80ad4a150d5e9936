package io.signindoctor.batch;

import com.fasterxml.jackson.core.JsonGenerator;
import io.signindoctor.engine.CauseScore;
import io.signindoctor.extract.Extracted;
import java.io.IOException;

/**
 * Outcomes as JSON Lines (one object per line, the default: it streams and every line stands alone) or as one JSON
 * array with an object per line. Written with Jackson's streaming generator, since a tree per incident would cost
 * more than classifying it.
 */
final class JsonOutcomeWriter implements OutcomeWriter {

    private final JsonGenerator json;
    private final boolean array;
    private final Remedies remedies;
    private final boolean labels;
    private boolean first = true;

    /** Writes through the generator, made for a file's bytes or for a Writer such as standard output's. */
    JsonOutcomeWriter(JsonGenerator json, boolean array, Remedies remedies, boolean labels) {
        this.json = json;
        this.json.setRootValueSeparator(null);
        this.array = array;
        this.remedies = remedies;
        this.labels = labels;
    }

    @Override
    public void write(Outcome outcome) throws IOException {
        if (array) {
            json.writeRaw(first ? "[\n" : ",\n");
        }
        first = false;
        json.writeStartObject();
        json.writeStringField("id", outcome.id());
        json.writeStringField("input", outcome.input());
        json.writeNumberField("line", outcome.line());
        json.writeStringField("status", outcome.isClassified() ? "classified" : "unclassified");
        CauseScore top = outcome.top();
        if (top == null) {
            json.writeNullField("cause");
            json.writeNullField("confidence");
        } else {
            json.writeStringField("cause", top.cause());
            json.writeNumberField("confidence", Rounding.of(top.confidence()));
        }
        json.writeArrayFieldStart("others");
        for (CauseScore other : outcome.others()) {
            json.writeStartObject();
            json.writeStringField("cause", other.cause());
            json.writeNumberField("confidence", Rounding.of(other.confidence()));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("advisories");
        for (String advisory : outcome.advisories()) {
            json.writeString(advisory);
        }
        json.writeEndArray();
        json.writeFieldName("remedy");
        json.writeRawValue(top == null ? "[]" : remedies.json(top.cause()));
        json.writeArrayFieldStart("rules");
        for (String rule : outcome.rules()) {
            json.writeString(rule);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("facts");
        for (Extracted fact : outcome.facts()) {
            json.writeStartObject();
            json.writeStringField("fact", fact.fact().describe());
            json.writeStringField("field", fact.field());
            json.writeStringField("text", fact.text());
            if (fact.patternId() != null) {
                json.writeStringField("pattern", fact.patternId());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        if (labels) {
            json.writeStringField("label", outcome.label());
        }
        json.writeEndObject();
        if (!array) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void finish() throws IOException {
        if (array) {
            json.writeRaw(first ? "[]\n" : "\n]\n");
        }
        json.flush();
    }
}
