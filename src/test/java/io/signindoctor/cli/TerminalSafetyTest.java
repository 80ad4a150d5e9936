package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from an input never reaches the terminal raw, and messages are in the tool's words, not a library's. */
class TerminalSafetyTest {

    private static final String ESCAPE = "\u001b[2J\u0007";

    @TempDir
    Path folder;

    @Test
    void controlCharactersInACaseAreShownEscapedInTheReportAndInErrors() throws IOException {
        Path titled = TestFiles.write(folder, "titled.yaml", "case: \"INC-1 " + "\\e[2J\\a" + "\"\n");
        Path bad = TestFiles.write(folder, "bad.yaml", "client:\n  transport: \"T" + "\\e[2J" + "\"\n");

        CliRun report = CliRun.of("diagnose", titled.toString());
        CliRun refused = CliRun.of("diagnose", bad.toString());

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("INC-1 \\x1b[2J\\x07").doesNotContain(ESCAPE);
        assertThat(refused.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(refused.err()).contains("\\x1b[2J").doesNotContain("\u001b");
    }

    @Test
    void aParserLimitIsSaidWithoutTheLibrarysBookkeeping() throws IOException {
        Path deep = TestFiles.write(folder, "deep.jsonl", "[".repeat(1200) + "\n{\"id\": \"A\"}\n");
        Path rejects = folder.resolve("rejects.jsonl");

        CliRun run = CliRun.of("classify", deep.toString(), "--rejects", rejects.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(rejects).content().contains("invalid JSON: Document nesting depth (1001) is more than the most "
                + "this tool reads (1000)").doesNotContain("StreamReadConstraints").doesNotContain("[Source:");
    }
}
