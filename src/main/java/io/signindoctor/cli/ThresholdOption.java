package io.signindoctor.cli;

import io.signindoctor.engine.Diagnosis;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The --threshold option of every command that ranks causes. Its range is checked as it is parsed, so a command
 * cannot forget to check it (the interview once did).
 */
final class ThresholdOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private double value = Diagnosis.DEFAULT_THRESHOLD;

    @Option(names = "--threshold", defaultValue = "0.5", paramLabel = "CF",
            description = "A cause counts when its combined confidence is at least CF, from 0 to 1 "
                    + "(default ${DEFAULT-VALUE}).")
    void set(double threshold) {
        if (threshold < 0 || threshold > 1) {
            throw new ParameterException(command.commandLine(), "--threshold must be between 0 and 1, not "
                    + threshold);
        }
        value = threshold;
    }

    double value() {
        return value;
    }
}
