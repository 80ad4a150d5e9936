package io.signindoctor.cli;

import io.signindoctor.batch.ClassifyJob;
import io.signindoctor.batch.InputFormat;
import io.signindoctor.batch.RecordLimits;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** classify INPUT...: every incident of an exported queue labelled with its likely cause and remedy. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        description = {"Classify exported incidents (CSV, JSON array, JSON Lines or YAML; - reads standard input): "
                + "one output record per incident, in input order, with its likely cause, confidence, remedy, the "
                + "rules that fired and the facts read from its text. Unreadable records go to a rejects file. A "
                + "summary per cause is printed on standard error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCode.OK_HELP, ExitCode.SOFTWARE_HELP, ExitCode.INPUT_HELP, ExitCode.KNOWLEDGE_BASE_HELP,
            ExitCode.REJECTED_HELP, ExitCode.ENVIRONMENT_HELP})
final class ClassifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    SignInDoctor root;

    @Mixin
    RulesOption rules = new RulesOption();

    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Exported incidents, e.g. examples/export/incidents.csv; the format is told by the extension "
                    + "(.csv, .json, .jsonl, .yaml) unless --input-format says.")
    List<String> inputs;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "csv, json, jsonl or yaml, for every input (needed for -).")
    InputFormat inputFormat;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Which columns hold the id, the free text and facts (facts-schemas/mapping.schema.yaml); "
                    + "by default id, title and description.")
    Path mapping;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the records (default: standard "
            + "output). Written under a temporary name and renamed when complete.")
    Path out;

    @Option(names = "--format", defaultValue = "jsonl", paramLabel = "FORMAT",
            description = "jsonl (default), csv or json.")
    ClassifyJob.OutputFormat format;

    @Option(names = "--rejects", paramLabel = "FILE", description = "Where to list unreadable records "
            + "(default: OUT.rejects.jsonl, or rejects.jsonl when writing to standard output). Always written.")
    Path rejects;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write a self-contained HTML page with a chart of causes and their remedies.")
    Path report;

    @Option(names = "--labels", paramLabel = "COLUMN", arity = "0..1", fallbackValue = "",
            description = "A column with known causes (without COLUMN: the one the mapping names): print precision "
                    + "and recall per cause and a confusion matrix, and write each record's label.")
    String labels;

    @Mixin
    ThresholdOption threshold = new ThresholdOption();

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: one per core).")
    Integer threads;

    @Option(names = "--max-cell", paramLabel = "CHARS", defaultValue = "" + RecordLimits.DEFAULT_CELL_CHARS,
            description = "Reject a record with a field (or a CSV record) longer than this (default ${DEFAULT-VALUE}).")
    int maxCell;

    @Option(names = "--max-quoted-lines", paramLabel = "N", defaultValue = "" + RecordLimits.DEFAULT_QUOTED_LINES,
            description = "Reject the record of a quoted CSV field that spans more lines than this (default "
                    + "${DEFAULT-VALUE}).")
    int maxQuotedLines;

    @Mixin
    ReadLimitOptions readLimits = new ReadLimitOptions();

    @Option(names = "--no-reuse", description = "Classify every incident afresh. By default an incident whose "
            + "mapped fields are those of a recent one is given its classification again, and one whose facts match "
            + "those of a recent one (the same error, settings and words, from another ticket) gets that verdict "
            + "again without running the rules, which gives the same output in less time.")
    boolean noReuse;

    @Override
    public Integer call() throws IOException {
        if (maxCell < 1 || maxQuotedLines < 1) {
            throw new ParameterException(spec.commandLine(), "--max-cell and --max-quoted-lines must be at least 1");
        }
        if (threads != null && threads < 1) {
            throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        PrintWriter err = spec.commandLine().getErr();
        ClassifyJob.Options options = new ClassifyJob.Options(inputs, inputFormat, mapping, out, format, rejects,
                report, labels, threshold.value(),
                threads == null ? Runtime.getRuntime().availableProcessors() : threads, !noReuse,
                new RecordLimits(maxCell, maxQuotedLines, readLimits.limits()));
        ClassifyJob.Summary summary;
        try {
            summary = new ClassifyJob(rules.loadValid()).run(options, spec.commandLine().getOut(), err, root.input());
        } catch (InvalidInputException invalid) {
            throw new RefusedInput(invalid.getProblems(), "nothing was classified; no output file was written.");
        }
        return summary.rejected() > 0 ? ExitCode.REJECTED : ExitCode.OK;
    }
}
