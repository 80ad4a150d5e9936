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
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.files.AtomicOutput;
import io.signindoctor.files.OutputCollisions;
import io.signindoctor.kb.Knowledge;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One classify run: checks everything it was given before reading a row, streams the inputs through the pipeline,
 * writes each output under a temporary name and renames it only once the run has accounted for every record.
 */
public final class ClassifyJob {

    /** The formats outcomes can be written in. */
    public enum OutputFormat { jsonl, csv, json }

    /** What the command line asked for; null for anything not given. */
    public record Options(List<String> inputs, InputFormat inputFormat, Path mapping, Path out, OutputFormat format,
            Path rejects, Path report, String labels, double threshold, int threads, boolean reuse,
            RecordLimits limits) {
    }

    /** The counts of a finished run; read is what the readers gave, and equals the other three added up. */
    public record Summary(long read, long classified, long unclassified, long rejected, Path rejectsFile) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final Knowledge knowledge;

    public ClassifyJob(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public Summary run(Options options, PrintWriter out, PrintWriter err, InputStream stdin)
            throws InvalidInputException, IOException {
        List<IncidentInput> inputs = inputs(options);
        ScalarValues values = new ScalarValues(knowledge.vocabulary());
        Mapping mapping = options.mapping() == null ? Mapping.defaults() : Mapping.read(options.mapping(), values,
                options.limits().read());
        mapping = labelled(mapping, options.labels());
        Mapping chosen = mapping;
        for (IncidentInput input : inputs) {
            input.checkBeforeReading(chosen, options.limits());
        }
        TextExtractor extractor = new TextExtractor(knowledge.catalogue());
        Path rejectsPath = options.rejects() != null ? options.rejects()
                : Path.of(options.out() == null ? "rejects.jsonl" : options.out() + ".rejects.jsonl");
        refuseCollisions(options, rejectsPath);
        Remedies remedies = new Remedies(knowledge);
        Tally tally = new Tally();
        LabelScores scores = new LabelScores();
        VerdictCache verdicts = options.reuse() ? new VerdictCache(VerdictCache.REMEMBERED) : null;
        RecentIncidents incidents = options.reuse() ? new RecentIncidents() : null;
        TextShapes shapes = new TextShapes();
        OrderedPipeline pipeline = new OrderedPipeline(() -> new IncidentClassifier(
                new BatchSession(knowledge.rules(), verdicts), extractor, shapes, knowledge.resemblance(), incidents,
                chosen, values, options.threshold(), options.limits()), chosen, options.limits(), options.threads());
        long totalBytes = inputs.stream().anyMatch(input -> input.size() < 0) ? -1
                : inputs.stream().mapToLong(IncidentInput::size).sum();
        ProgressBar progress = new ProgressBar(err, ProgressBar.wanted(options.out() == null), totalBytes,
                pipeline::bytesRead);
        try (AtomicOutput file = options.out() == null ? null : AtomicOutput.create(options.out());
                AtomicOutput rejectsFile = AtomicOutput.create(rejectsPath);
                AtomicOutput report = options.report() == null ? null : AtomicOutput.create(options.report())) {
            OutcomeWriter writer = writer(options.format(), file, out, remedies, chosen.labelColumn() != null);
            RejectsWriter rejects = new RejectsWriter(rejectsFile.stream());
            pipeline.run(inputs, stdin, result -> {
                tally.count(result);
                if (result instanceof Outcome outcome) {
                    writer.write(outcome);
                    if (chosen.labelColumn() != null) {
                        scores.count(outcome);
                    }
                } else {
                    rejects.write((Rejected) result);
                }
            }, () -> progress.update(tally.total()));
            progress.finish();
            if (pipeline.recordsRead() != tally.total()) {
                throw new IllegalStateException("read " + pipeline.recordsRead() + " records but accounted for "
                        + tally.total());
            }
            writer.finish();
            rejects.finish();
            if (report != null) {
                new HtmlReport(remedies).write(tally, inputs.stream().map(IncidentInput::display).toList(),
                        report.writer());
            }
            if (file != null) {
                file.commit();
            }
            rejectsFile.commit();
            if (report != null) {
                report.commit();
            }
        } finally {
            progress.finish();
        }
        printSummary(err, tally, inputs.size(), options, rejectsPath);
        if (chosen.labelColumn() != null) {
            scores.print(err, chosen.labelColumn());
        }
        err.flush();
        return new Summary(pipeline.recordsRead(), tally.classified(), tally.unclassified(), tally.rejected(),
                rejectsPath);
    }

    /**
     * The mapping with the column of known causes that --labels names: scores are asked for, never implied by a
     * mapping that happens to name a labels column. --labels with no column takes the mapping's.
     */
    private static Mapping labelled(Mapping mapping, String labels) throws InvalidInputException {
        if (labels == null) {
            return mapping.withLabels(null);
        }
        if (!labels.isEmpty()) {
            return mapping.withLabels(labels);
        }
        if (mapping.labelColumn() == null) {
            throw new InvalidInputException(new InputProblem("--labels", 0, 0, "", "--labels without a column needs "
                    + "a mapping file that names one (labels: COLUMN)"));
        }
        return mapping;
    }

    private static List<IncidentInput> inputs(Options options) throws InvalidInputException {
        List<IncidentInput> inputs = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        long fromStdin = options.inputs().stream().filter(IncidentInput.STDIN::equals).count();
        if (fromStdin > 1) {
            problems.add(new InputProblem("<stdin>", 0, 0, "", "standard input (-) can be read only once"));
        }
        for (String name : options.inputs()) {
            try {
                inputs.add(IncidentInput.of(name, options.inputFormat()));
            } catch (InvalidInputException invalid) {
                problems.addAll(invalid.getProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return inputs;
    }

    private static void refuseCollisions(Options options, Path rejectsPath) throws InvalidInputException {
        OutputCollisions files = new OutputCollisions();
        options.inputs().stream().filter(name -> !IncidentInput.STDIN.equals(name))
                .forEach(name -> files.input("input", Path.of(name)));
        files.input("--mapping file", options.mapping())
                .output("--out", options.out())
                .output(options.rejects() == null ? "the rejects file" : "--rejects", rejectsPath)
                .output("--report", options.report())
                .refuse();
    }

    /** A writer for the output file, or for standard output (through picocli's writer) when there is none. */
    private static OutcomeWriter writer(OutputFormat format, AtomicOutput file, PrintWriter out, Remedies remedies,
            boolean labels) throws IOException {
        if (format == OutputFormat.csv) {
            return new CsvOutcomeWriter(file == null ? out : file.writer(), remedies, labels);
        }
        JsonGenerator json = file == null ? JSON.createGenerator(out) : JSON.createGenerator(file.stream(),
                JsonEncoding.UTF8);
        return new JsonOutcomeWriter(json, format == OutputFormat.json, remedies, labels);
    }

    private static void printSummary(PrintWriter err, Tally tally, int inputs, Options options, Path rejects) {
        err.printf(Locale.ROOT, "signin-doctor classify: read %,d records from %d input%s: %,d classified, "
                + "%,d unclassified, %,d rejected%n", tally.total(), inputs, inputs == 1 ? "" : "s",
                tally.classified(), tally.unclassified(), tally.rejected());
        err.printf(Locale.ROOT, "  %-40s %10s %7s%n", "cause", "count", "share");
        for (Tally.Line line : tally.lines()) {
            err.printf(Locale.ROOT, "  %-40s %,10d %6.1f%%%n", line.cause(), line.count(), tally.share(line.count()));
        }
        if (!tally.advisories().isEmpty()) {
            err.println("  advisories (findings beside the cause; these incidents are also counted above):");
            tally.advisories().forEach((advisory, count) -> err.printf(Locale.ROOT, "  %-40s %,10d %6.1f%%%n",
                    advisory, count, tally.share(count)));
        }
        err.println("Output: " + (options.out() == null ? "standard output" : options.out()) + "; rejects: " + rejects
                + (options.report() == null ? "" : "; report: " + options.report()));
    }
}
