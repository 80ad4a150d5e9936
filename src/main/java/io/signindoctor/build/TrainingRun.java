package io.signindoctor.build;

import io.signindoctor.cli.ExitCode;
import io.signindoctor.cli.SignInDoctor;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Build step, not part of the tool: the class-data-sharing training run, one diagnosis and one batch classification of
 * shipped examples in one JVM, whose loaded classes Maven then dumps into the archive the launcher maps (see pom.xml).
 * Both commands go through one run, so the archive holds what each of them loads and neither starts from the jar.
 *   TrainingRun FACTS_FILE EXPORT MAPPING OUTPUT_FOLDER
 */
public final class TrainingRun {

    private TrainingRun() {
    }

    public static void main(String[] args) {
        if (args.length != 4) {
            System.err.println("usage: TrainingRun FACTS_FILE EXPORT MAPPING OUTPUT_FOLDER");
            System.exit(ExitCode.INPUT);
        }
        PrintWriter discarded = new PrintWriter(Writer.nullWriter());
        Path output = Path.of(args[3]);
        int diagnosed = SignInDoctor.run(discarded, discarded, "diagnose", args[0]);
        int classified = SignInDoctor.run(discarded, discarded, "classify", args[1], "--mapping", args[2],
                "--out", output.resolve("training.jsonl").toString(),
                "--report", output.resolve("training.html").toString());
        if (diagnosed != ExitCode.OK || classified != ExitCode.OK && classified != ExitCode.REJECTED) {
            System.err.println("the training run failed: diagnose exited " + diagnosed + ", classify " + classified);
            System.exit(ExitCode.SOFTWARE);
        }
    }
}
