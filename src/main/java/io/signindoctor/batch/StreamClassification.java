package io.signindoctor.batch;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.signindoctor.engine.BatchSession;
import io.signindoctor.engine.VerdictCache;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.ScalarValues;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.extract.TextShapes;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kb.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Classifies one export read from a stream and writes every record as a JSON line as it is classified: the same
 * records {@code classify - --input-format F} writes, then a line per rejected record and a closing line with the
 * counts, all in the one stream. This is classify for a caller that has a body instead of files (serve's
 * {@code POST /api/classify}): nothing is read from or written to the file system.
 */
public final class StreamClassification {

    /** The counts of a finished classification; read equals the other three added up. */
    public record Counts(long read, long classified, long unclassified, long rejected) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Knowledge knowledge;
    private final TextExtractor extractor;
    private final ScalarValues values;
    private final Remedies remedies;

    /** Made once per process: the extraction patterns and remedies are read here, not per export. */
    public StreamClassification(Knowledge knowledge) throws InvalidInputException {
        this.knowledge = knowledge;
        this.extractor = new TextExtractor(knowledge.catalogue());
        this.values = new ScalarValues(knowledge.vocabulary());
        this.remedies = new Remedies(knowledge);
    }

    /**
     * A mapping sent with an export, checked as classify --mapping checks its file: against
     * facts-schemas/mapping.schema.yaml and the vocabulary, every problem at its line and field.
     */
    public Mapping mapping(String display, String text) throws InvalidInputException {
        return Mapping.read(display, text, values, RecordLimits.DEFAULT.read());
    }

    /**
     * Reads the export from body, in the default mapping (columns id, title, description), classifying on the
     * calling thread's one worker, and writes the lines to out as they come.
     *
     * @throws InvalidInputException when the export as a whole cannot be read (not UTF-8, a CSV header without the
     *     id column, a JSON document that is not an array of objects); lines already written stay written
     */
    public Counts run(InputStream body, InputFormat format, double threshold, OutputStream out)
            throws InvalidInputException, IOException {
        return run(body, format, Mapping.defaults(), threshold, out);
    }

    /** The same, in the mapping given (from {@link #mapping}). */
    public Counts run(InputStream body, InputFormat format, Mapping mapping, double threshold, OutputStream out)
            throws InvalidInputException, IOException {
        IncidentInput input = new IncidentInput(IncidentInput.STDIN, format, -1);
        OrderedPipeline pipeline = new OrderedPipeline(() -> new IncidentClassifier(
                new BatchSession(knowledge.rules(), new VerdictCache(VerdictCache.REMEMBERED)), extractor, new TextShapes(),
                knowledge.resemblance(), new RecentIncidents(), mapping, values, threshold, RecordLimits.DEFAULT),
                mapping, RecordLimits.DEFAULT, 1);
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        JsonOutcomeWriter outcomes = new JsonOutcomeWriter(json, false, remedies, false);
        Tally tally = new Tally();
        pipeline.run(List.of(input), body, result -> {
            tally.count(result);
            if (result instanceof Outcome outcome) {
                outcomes.write(outcome);
            } else {
                ((Rejected) result).writeLine(json, "rejected");
            }
        }, () -> flush(json));
        Counts counts = new Counts(pipeline.recordsRead(), tally.classified(), tally.unclassified(), tally.rejected());
        json.writeStartObject();
        json.writeStringField("status", "summary");
        json.writeNumberField("read", counts.read());
        json.writeNumberField("classified", counts.classified());
        json.writeNumberField("unclassified", counts.unclassified());
        json.writeNumberField("rejected", counts.rejected());
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
        return counts;
    }

    /** After each batch, so a caller sees records while later ones are still being classified. */
    private static void flush(JsonGenerator json) {
        try {
            json.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
