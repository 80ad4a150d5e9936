package io.signindoctor.build;

import io.signindoctor.cli.ExitCode;
import io.signindoctor.cli.SignInDoctor;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Build step, not part of the tool: the class-data-sharing training run, one diagnosis and one batch classification of
 * shipped examples in one JVM, whose loaded classes Maven then dumps into the archive the launcher maps (see pom.xml).
 * Both commands go through one run, so the archive holds what each of them loads and neither starts from the jar; the
 * diagnosis starts loading the knowledge as main does, so it takes the one-shot path (the network of its case's rules)
 * and classify then builds the whole network.
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
        String[] diagnose = {"diagnose", args[0]};
        SignInDoctor.startLoading(diagnose);
        int diagnosed = SignInDoctor.run(discarded, discarded, diagnose);
        int classified = SignInDoctor.run(discarded, discarded, "classify", args[1], "--mapping", args[2],
                "--out", output.resolve("training.jsonl").toString(),
                "--report", output.resolve("training.html").toString());
        if (diagnosed != ExitCode.OK || classified != ExitCode.OK && classified != ExitCode.REJECTED) {
            System.err.println("the training run failed: diagnose exited " + diagnosed + ", classify " + classified);
            System.exit(ExitCode.SOFTWARE);
        }
    }
}
