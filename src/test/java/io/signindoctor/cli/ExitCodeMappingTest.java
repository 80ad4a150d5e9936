package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Failures become exit codes in one place, FailureHandler: a command returns only what it did (0, or 4 when
 * classify rejected records) and ends any failure with an exception. The refusals keep the words users saw when
 * each command printed them itself.
 */
class ExitCodeMappingTest {

    private static final Path CLI_SOURCES = Path.of("src/main/java/io/signindoctor/cli");
    /** A failure code named in code, not in a help line (INPUT_HELP and the like are the --help texts). */
    private static final Pattern FAILURE_CODE = Pattern.compile(
            "ExitCode\\.(SOFTWARE|INPUT|KNOWLEDGE_BASE|ENVIRONMENT)\\b(?!_HELP)|\\breturn\\s+[1235]\\s*;");

    @Test
    void onlyTheFailureHandlerNamesAFailureCode() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(CLI_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.equals("FailureHandler.java") || name.equals("ExitCode.java")) {
                    continue;
                }
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher matcher = FAILURE_CODE.matcher(lines.get(i));
                    if (matcher.find()) {
                        found.add(name + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("a command that returns a failure code itself instead of throwing to FailureHandler")
                .isEmpty();
    }

    @Test
    void anInvalidFactsFileIsRefusedWithItsPositionAndWhatWasNotDone(@TempDir Path folder) throws IOException {
        Path facts = folder.resolve("bad.yaml");
        Files.writeString(facts, "client:\n  transport: carrier-pigeon\n");

        CliRun run = CliRun.of("diagnose", facts.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).isEqualTo(facts + ":2:3: error: client.transport: expected TLS or TCP, got "
                + "\"carrier-pigeon\"\nsignin-doctor: " + facts + " is not a valid facts file; nothing was "
                + "diagnosed.\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aRefusalWithoutAFileIsOneLine() {
        CliRun run = CliRun.of("kb", "test", "zzz-no-such-case");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).isEqualTo("signin-doctor: no case matches zzz-no-such-case\n");
    }

    @Test
    void aCommandLinePicocliCannotParseKeepsPicocliReport() {
        CliRun run = CliRun.of("diagnose", "--frobnicate");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).startsWith("Unknown option: '--frobnicate'\nUsage: signin-doctor diagnose");
    }

    @Test
    void aKnowledgeBaseCheckThatFindsErrorsEndsWithThree(@TempDir Path folder) throws IOException {
        CliRun init = CliRun.of("kb", "init", folder.resolve("site").toString());
        assertThat(init.exitCode()).isEqualTo(ExitCode.OK);
        Path cases = folder.resolve("site/rules/site.cases.yaml");
        Files.writeString(cases, "cases: [\n");

        CliRun run = CliRun.of("kb", "test", "--rules", folder.resolve("site").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(run.err()).contains(cases.getFileName().toString()).contains("error");
    }
}
