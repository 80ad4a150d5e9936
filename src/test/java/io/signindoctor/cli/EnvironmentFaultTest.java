package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file the system will not let us read or write is exit code 5 with the path and the system's reason, found before
 * anything is written, never "internal error". The tests run as root, whom permissions do not stop, so they use
 * places no one may write: /sys, and a folder whose name is taken by a file.
 */
class EnvironmentFaultTest {

    private static final String QUEUE = "id,title,description\nA,x,internal server: 192.168.0.2:5060\n";

    @TempDir
    Path folder;

    @Test
    void anOutputFolderNoOneMayWriteIsExitFiveBeforeAnyRecordReachesStandardOutput() throws IOException {
        Path input = TestFiles.write(folder, "in.csv", QUEUE);

        CliRun run = CliRun.of("classify", input.toString(), "--rejects", folder.resolve("r.jsonl").toString(),
                "--report", "/sys/kernel/report.html");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(run.err()).contains("signin-doctor: /sys/kernel").doesNotContain("internal error");
        assertThat(run.out()).isEmpty();
        assertThat(folder.resolve("r.jsonl")).doesNotExist();
    }

    @Test
    void anOutputInAFolderNoOneMayWriteIsNamedAsTheUserGaveItNotByItsHiddenTemporaryName() throws IOException {
        Path input = TestFiles.write(folder, "in.csv", QUEUE);
        Path log = TestFiles.write(folder, "events.txt", "nothing to see\n");

        CliRun classify = CliRun.of("classify", input.toString(), "--out", "/sys/kernel/out.jsonl");
        CliRun rejects = CliRun.of("classify", input.toString(), "--out", folder.resolve("out.jsonl").toString(),
                "--rejects", "/sys/kernel/rejects.jsonl");
        CliRun gather = CliRun.of("gather", "--log", log.toString(), "--out", "/sys/kernel/case.yaml");

        assertThat(classify.err()).contains("signin-doctor: /sys/kernel/out.jsonl: permission denied");
        assertThat(rejects.err()).contains("signin-doctor: /sys/kernel/rejects.jsonl: permission denied");
        assertThat(gather.err()).contains("signin-doctor: /sys/kernel/case.yaml: permission denied");
        for (CliRun run : new CliRun[] {classify, rejects, gather}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ENVIRONMENT);
            assertThat(run.err()).doesNotContain(".partial").doesNotContain("internal error");
        }
        assertThat(folder.resolve("out.jsonl")).doesNotExist();
    }

    @Test
    void theInterviewFindsItCannotSaveBeforeTheFirstQuestion() throws IOException {
        Path file = TestFiles.write(folder, "notes.txt", "not a folder");

        CliRun run = CliRun.withInput("1\n", "interview", "--save", file.resolve("case.yaml").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(run.err()).contains(file + ": not a folder");
        assertThat(run.out()).doesNotContain("Q1.");
    }

    @Test
    void gatherCannotWriteIntoAFolderThatIsAFile() throws IOException {
        Path file = TestFiles.write(folder, "notes.txt", "not a folder");
        Path log = TestFiles.write(folder, "events.txt", "nothing to see\n");

        CliRun run = CliRun.of("gather", "--log", log.toString(), "--out", file.resolve("case.yaml").toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.ENVIRONMENT);
        assertThat(run.err()).contains(file + ": not a folder");
    }

    @Test
    void permissionDeniedAndAFullDiskAreSaidInPlainWordsWithThePath() {
        assertThat(FailureHandler.describe(new AccessDeniedException("/srv/queue.csv")))
                .isEqualTo("/srv/queue.csv: permission denied");
        assertThat(FailureHandler.describe(new FileSystemException("out.jsonl", null, "No space left on device")))
                .isEqualTo("out.jsonl: no space left on device");
    }

    @Test
    void helpListsTheExitCodeForTheEnvironment() {
        assertThat(CliRun.of("--help").out()).contains("5   A file or folder could not be read or written");
        assertThat(CliRun.of("classify", "--help").out()).contains("5   A file or folder could not be read");
    }
}
