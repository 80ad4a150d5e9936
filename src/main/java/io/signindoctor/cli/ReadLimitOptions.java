package io.signindoctor.cli;

import io.signindoctor.facts.ReadLimits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The bounds on what a command reads, shared by every command that reads the user's files. */
final class ReadLimitOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--max-file-size", paramLabel = "BYTES", defaultValue = "" + ReadLimits.DEFAULT_FILE_BYTES,
            description = "Refuse a file read whole (facts file, mapping, artifact) larger than this "
                    + "(default ${DEFAULT-VALUE}).")
    long maxFileBytes;

    @Option(names = "--max-line", paramLabel = "CHARS", defaultValue = "" + ReadLimits.DEFAULT_LINE_CHARS,
            description = "Refuse a line longer than this in a YAML or JSON file (default ${DEFAULT-VALUE}).")
    int maxLineChars;

    ReadLimits limits() {
        if (maxFileBytes < 1 || maxLineChars < 1) {
            throw new ParameterException(command.commandLine(), "--max-file-size and --max-line must be at least 1");
        }
        return new ReadLimits(maxFileBytes, maxLineChars);
    }
}
