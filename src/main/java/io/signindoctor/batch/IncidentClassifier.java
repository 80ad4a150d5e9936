package io.signindoctor.batch;

import io.signindoctor.engine.BatchSession;
import io.signindoctor.extract.Extracted;
import io.signindoctor.extract.RecentTexts;
import io.signindoctor.extract.ScalarValues;
import io.signindoctor.facts.ValueChecker;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.extract.TextShapes;
import io.signindoctor.facts.FactsMapper;
import io.signindoctor.model.Fact;
import io.signindoctor.model.Source;
import io.signindoctor.resemble.ResemblanceFacts;
import io.signindoctor.resemble.ResemblanceModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one row into an outcome: the mapped columns and the facts read from its text go through the rules in a
 * session this worker thread keeps for all its rows, unless a row with the same mapped fields was classified lately.
 * Not thread-safe; one per worker.
 */
final class IncidentClassifier implements AutoCloseable {

    private final BatchSession session;
    /** The worker's memory of the texts it read lately: exports repeat whole field texts a great deal. */
    private final RecentTexts texts;
    private final Mapping mapping;
    private final ScalarValues values;
    private final Judgements judgements;
    private final RecordLimits limits;
    private final ResemblanceFacts resemblance;
    /** The classifications of incidents met lately, which all the workers share; null to classify every incident. */
    private final RecentIncidents incidents;

    IncidentClassifier(BatchSession session, TextExtractor extractor, TextShapes shapes, ResemblanceModel resemblance,
            RecentIncidents incidents, Mapping mapping, ScalarValues values, double threshold, RecordLimits limits) {
        this.incidents = incidents;
        this.limits = limits;
        this.resemblance = new ResemblanceFacts(resemblance);
        this.session = session;
        this.texts = new RecentTexts(extractor, shapes);
        this.mapping = mapping;
        this.values = values;
        this.judgements = new Judgements(threshold);
    }

    Result classify(Row row) {
        String damaged = row.columnNotUtf8();
        if (damaged != null) {
            return new Rejected(row.input(), row.line(), "the column '" + damaged + "' has bytes that are not UTF-8 "
                    + "text (shown as \uFFFD); save the export as UTF-8", String.join(" | ", row.fields().values()));
        }
        for (Map.Entry<String, String> field : row.fields().entrySet()) {
            String tooLong = limits.checkCell(field.getKey(), field.getValue());
            if (tooLong != null) {
                return new Rejected(row.input(), row.line(), tooLong, String.join(" | ", row.fields().values()));
            }
        }
        String id = row.get(mapping.idColumn());
        if (id == null) {
            return new Rejected(row.input(), row.line(), "missing id: the column '" + mapping.idColumn()
                    + "' is empty or absent", String.join(" | ", row.fields().values()));
        }
        String label = mapping.labelColumn() == null ? null : row.get(mapping.labelColumn());
        if (incidents == null) {
            return classifyFields(row, id, label);
        }
        IncidentKey key = keyOf(row);
        Classification known = incidents.find(key);
        if (known != null) {
            return new Outcome(row.input(), row.line(), id.strip(), known, label);
        }
        Result result = classifyFields(row, id, label);
        if (result instanceof Outcome outcome) {
            incidents.offer(key, outcome.classification());
        }
        return result;
    }

    /** The fields a classification depends on, in the order they are read. */
    private IncidentKey keyOf(Row row) {
        List<Mapping.FactColumn> factColumns = mapping.factColumns();
        List<String> textColumns = mapping.textColumns();
        String[] values = new String[factColumns.size() + textColumns.size()];
        int at = 0;
        for (Mapping.FactColumn column : factColumns) {
            values[at++] = row.get(column.column());
        }
        for (String column : textColumns) {
            values[at++] = row.get(column);
        }
        return new IncidentKey(values);
    }

    /** The outcome of classifying a row's mapped fields, or the rejection of a fact column's value. */
    private Result classifyFields(Row row, String id, String label) {
        List<Extracted> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Mapping.FactColumn column : mapping.factColumns()) {
            String raw = row.get(column.column());
            if (raw == null) {
                continue;
            }
            ValueChecker.Checked checked = values.check(column.entry(), column.translate(raw));
            if (!checked.isValid()) {
                return new Rejected(row.input(), row.line(), "column '" + column.column() + "' ("
                        + column.entry().id() + "): " + checked.problem(), id);
            }
            Fact fact = FactsMapper.scalar(column.entry().group(), column.entry().name(), checked.value(),
                    Source.file(row.input(), row.line()));
            if (seen.add(fact.describe())) {
                found.add(new Extracted(fact, null, column.column(), raw));
            }
        }
        Source text = Source.text(row.input(), row.line());
        resemblance.clear();
        for (String column : mapping.textColumns()) {
            String value = row.get(column);
            texts.extract(column, value, text, found, seen);
            resemblance.read(column, value);
        }
        resemblance.addTo(text, found);
        List<Fact> facts = new ArrayList<>(found.size());
        found.forEach(extracted -> facts.add(extracted.fact()));
        return new Outcome(row.input(), row.line(), id.strip(), judgements.of(session.classify(facts)), found, label);
    }

    @Override
    public void close() {
        session.close();
    }
}
