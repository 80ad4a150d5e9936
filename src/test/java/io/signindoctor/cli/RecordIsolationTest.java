package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.testing.TestFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What goes wrong with one incident stays with that incident: it is rejected with a reason and the run goes on. */
class RecordIsolationTest {

    private static final String MANUAL_IP = "internal server: 192.168.0.2:5060 and error 10061";

    @TempDir
    Path folder;

    private Path rejects() {
        return folder.resolve("rejects.jsonl");
    }

    @Test
    void aTextThatOnceOverflowedTheStackCostsAtMostItsOwnRecord() throws IOException {
        Path input = TestFiles.write(folder, "in.csv", "id,title,description\nA,x," + MANUAL_IP + "\n"
                + "B,x,internal server: " + "a.".repeat(2000) + "\nC,x," + MANUAL_IP + "\n");

        CliRun run = CliRun.of("classify", input.toString(), "--rejects", rejects().toString());

        assertThat(run.exitCode()).as(run.err()).isIn(ExitCode.OK, ExitCode.REJECTED);
        assertThat(run.err()).as(run.err()).doesNotContain("internal error").doesNotContain("Exception").doesNotContain("Error");
        assertThat(run.out()).contains("\"id\":\"A\"").contains("\"id\":\"C\"");
        assertThat(run.out().lines().count() + Files.readAllLines(rejects()).size()).isEqualTo(3);
    }

    @Test
    void aByteThatIsNotUtf8RejectsOnlyItsRecordEvenWhenWritingToStandardOutput() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("id,title,description\nA,x," + MANUAL_IP + "\nB,x,caf").getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9);
        bytes.writeBytes(("\nC,x," + MANUAL_IP + "\n").getBytes(StandardCharsets.UTF_8));
        Path input = folder.resolve("latin1.csv");
        Files.write(input, bytes.toByteArray());

        CliRun run = CliRun.of("classify", input.toString(), "--rejects", rejects().toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.out().lines()).hasSize(2);
        assertThat(Files.readString(rejects())).contains("\"line\":3")
                .contains("the column 'description' has bytes that are not UTF-8 text");
        assertThat(run.err()).containsPattern("read 3 records from 1 input: . classified, . unclassified, 1 rejected");
    }

    @Test
    void aUtf16FileIsCalledUtf16() throws IOException {
        Path input = folder.resolve("utf16.csv");
        Files.write(input, ("\uFEFFid,title\nA,x\n").getBytes(StandardCharsets.UTF_16LE));

        CliRun run = CliRun.of("classify", input.toString(), "--rejects", rejects().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(input + ":1: error: UTF-16 text");
        assertThat(rejects()).doesNotExist();
    }

    @Test
    void aSecondInputWithTheWrongColumnsStopsTheRunBeforeAnyRecordIsWritten() throws IOException {
        Path good = TestFiles.write(folder, "good.csv", "id,title,description\nA,x," + MANUAL_IP + "\n");
        Path bad = TestFiles.write(folder, "bad.csv", "number,text\n1,x\n");

        CliRun run = CliRun.of("classify", good.toString(), bad.toString(), "--rejects", rejects().toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(bad + ":1: error: the header line has no column");
        assertThat(run.out()).isEmpty();
        assertThat(rejects()).doesNotExist();
    }
}
