package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A case nobody knows anything about yet is a valid facts file: gather writes it, and diagnose reads it. */
class EmptyFactsRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void gatherWithNothingToFindWritesAFactsFileSayingSoThatDiagnoseReads() throws IOException {
        Path log = TestFiles.write(folder, "events.txt", "nothing that Communicator logs\n");
        Path out = folder.resolve("case.yaml");

        CliRun gather = CliRun.of("gather", "--log", log.toString(), "--out", out.toString());
        CliRun diagnose = CliRun.of("diagnose", out.toString());

        assertThat(gather.exitCode()).as(gather.err()).isEqualTo(ExitCode.OK);
        assertThat(gather.out()).contains("Nothing was read from " + log + ": no fact was found there");
        assertThat(out).content().contains("# Nothing was read from " + log);
        assertThat(diagnose.exitCode()).as(diagnose.err()).isEqualTo(ExitCode.OK);
    }

    @Test
    void anInterviewAnsweredUnknownThenQuitSavesAFileDiagnoseAcceptsAndAResumedInterviewDoesNotAskAgain() {
        Path saved = folder.resolve("case.yaml");

        CliRun interview = CliRun.withInput("unknown\nquit\n", "interview", "--save", saved.toString());
        CliRun diagnose = CliRun.of("diagnose", saved.toString());
        CliRun resumed = CliRun.withInput("quit\n", "interview", "--facts", saved.toString());

        assertThat(interview.exitCode()).as(interview.err()).isZero();
        String firstQuestion = interview.out().lines().filter(line -> line.startsWith("Q1. ")).findFirst().orElseThrow();
        assertThat(saved).content().contains("unknown: [");
        assertThat(diagnose.exitCode()).as(diagnose.err()).isZero();
        assertThat(resumed.out()).doesNotContain(firstQuestion.substring(4));
    }
}
