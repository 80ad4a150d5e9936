package io.signindoctor.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import io.signindoctor.engine.CauseScore;
import io.signindoctor.extract.Extracted;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Outcomes as JSON Lines (one object per line, the default: it streams and every line stands alone) or as one JSON
 * array with an object per line. Written with Jackson's streaming generator, since a tree per incident would cost
 * more than classifying it. The field names, and the values that come from a small set (inputs, causes, rules,
 * advisories, patterns, columns), are escaped and encoded once per run rather than once per incident: a million
 * incidents repeat them tens of millions of times. The fields of a judgement (status to rules) are written as one
 * piece, encoded once for all the incidents that share the judgement, and so are the facts of a classification that
 * incidents to come share.
 */
final class JsonOutcomeWriter implements OutcomeWriter {

    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString INPUT = new SerializedString("input");
    private static final SerializableString LINE = new SerializedString("line");
    private static final SerializableString STATUS = new SerializedString("status");
    private static final SerializableString CLASSIFIED = new SerializedString("classified");
    private static final SerializableString UNCLASSIFIED = new SerializedString("unclassified");
    private static final SerializableString CAUSE = new SerializedString("cause");
    private static final SerializableString CONFIDENCE = new SerializedString("confidence");
    private static final SerializableString OTHERS = new SerializedString("others");
    private static final SerializableString ADVISORIES = new SerializedString("advisories");
    private static final SerializableString REMEDY = new SerializedString("remedy");
    private static final SerializableString RULES = new SerializedString("rules");
    private static final SerializableString FACTS = new SerializedString("facts");
    private static final SerializableString FACT = new SerializedString("fact");
    private static final SerializableString FIELD = new SerializedString("field");
    private static final SerializableString TEXT = new SerializedString("text");
    private static final SerializableString PATTERN = new SerializedString("pattern");
    private static final SerializableString LABEL = new SerializedString("label");

    /** Makes the generators that encode judgements: default settings, as those of the outputs. */
    private static final JsonFactory JUDGEMENTS = new JsonFactory();

    private final JsonGenerator json;
    private final boolean array;
    private final Remedies remedies;
    private final boolean labels;
    /** The judgements written lately, encoded: most incidents share theirs with many others (see Judgement). */
    private final LastByIdentity<Judgement, SerializableString> judgements = new LastByIdentity<>(1024,
            this::fieldsOf);
    /** Values from a set bounded by the knowledge base, the mapping and the inputs; never a text of an incident. */
    private final Map<String, SerializableString> encoded = new HashMap<>();
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
        json.writeFieldName(ID);
        json.writeString(outcome.id());
        json.writeFieldName(INPUT);
        json.writeString(encoded(outcome.input()));
        json.writeFieldName(LINE);
        json.writeNumber(outcome.line());
        Classification classification = outcome.classification();
        json.writeRaw(judgements.get(classification.judgement()));
        String facts = classification.json();
        if (facts == null && classification.isRemembered()) {
            facts = factsOf(classification);
            classification.json(facts);
        }
        if (facts != null) {
            json.writeRaw(facts);
        } else {
            writeFacts(json, classification.facts());
        }
        if (labels) {
            json.writeFieldName(LABEL);
            json.writeString(outcome.label());
        }
        json.writeEndObject();
        if (!array) {
            json.writeRaw('\n');
        }
    }

    private void writeFacts(JsonGenerator generator, List<Extracted> facts) throws IOException {
        generator.writeFieldName(FACTS);
        generator.writeStartArray();
        for (Extracted fact : facts) {
            generator.writeStartObject();
            generator.writeFieldName(FACT);
            generator.writeString(fact.fact().describe());
            generator.writeFieldName(FIELD);
            writeEncodedOrNull(generator, fact.field());
            generator.writeFieldName(TEXT);
            generator.writeString(fact.text());
            if (fact.patternId() != null) {
                generator.writeFieldName(PATTERN);
                generator.writeString(encoded(fact.patternId()));
            }
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }

    /** The facts field of a classification shared by incidents to come, written once (see {@link #fieldsWith}). */
    private String factsOf(Classification classification) {
        return fieldsWith(fields -> writeFacts(fields, classification.facts()));
    }

    /** The fields of a judgement, from status to rules, written once (see {@link #fieldsWith}). */
    private SerializableString fieldsOf(Judgement judgement) {
        return new SerializedString(fieldsWith(fields -> writeJudgement(fields, judgement)));
    }

    /**
     * Fields as they follow others in an outcome's object: written by a generator of their own, with the comma that
     * separates them from the fields before, so that the bytes are those the outcome's generator would have written
     * field by field.
     */
    private static String fieldsWith(FieldsWriter writer) {
        StringWriter text = new StringWriter();
        try (JsonGenerator fields = JUDGEMENTS.createGenerator(text)) {
            fields.writeStartObject();
            writer.write(fields);
            fields.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "," + text.getBuffer().substring(1, text.getBuffer().length() - 1);
    }

    /** Writes some fields of an outcome's object. */
    @FunctionalInterface
    private interface FieldsWriter {
        void write(JsonGenerator fields) throws IOException;
    }

    private void writeJudgement(JsonGenerator fields, Judgement judgement) throws IOException {
        CauseScore top = judgement.top();
        fields.writeFieldName(STATUS);
        fields.writeString(top == null ? UNCLASSIFIED : CLASSIFIED);
        fields.writeFieldName(CAUSE);
        if (top == null) {
            fields.writeNull();
            fields.writeFieldName(CONFIDENCE);
            fields.writeNull();
        } else {
            fields.writeString(encoded(top.cause()));
            fields.writeFieldName(CONFIDENCE);
            fields.writeNumber(Rounding.of(top.confidence()));
        }
        fields.writeFieldName(OTHERS);
        fields.writeStartArray();
        for (CauseScore other : judgement.others()) {
            fields.writeStartObject();
            fields.writeFieldName(CAUSE);
            fields.writeString(encoded(other.cause()));
            fields.writeFieldName(CONFIDENCE);
            fields.writeNumber(Rounding.of(other.confidence()));
            fields.writeEndObject();
        }
        fields.writeEndArray();
        writeEncodedArray(fields, ADVISORIES, judgement.advisories());
        fields.writeFieldName(REMEDY);
        fields.writeRawValue(top == null ? "[]" : remedies.json(top.cause()));
        writeEncodedArray(fields, RULES, judgement.rules());
    }

    private SerializableString encoded(String value) {
        return encoded.computeIfAbsent(value, SerializedString::new);
    }

    /** A field whose value is a list of ids from a bounded set (advisories, rule ids), each encoded once per run. */
    private void writeEncodedArray(JsonGenerator fields, SerializableString field, Iterable<String> values)
            throws IOException {
        fields.writeFieldName(field);
        fields.writeStartArray();
        for (String value : values) {
            fields.writeString(encoded(value));
        }
        fields.writeEndArray();
    }

    private void writeEncodedOrNull(JsonGenerator generator, String value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else {
            generator.writeString(encoded(value));
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
