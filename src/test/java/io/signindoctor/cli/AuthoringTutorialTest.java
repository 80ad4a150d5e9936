package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Follows kb-docs/authoring.md step by step in a temporary folder: writes every file the page shows, runs every
 * command it shows, and expects every output line it shows. The page cannot drift from what the tool does.
 */
class AuthoringTutorialTest {

    private static final String FILE_MARKER = "<!-- file: ";
    /** Marks a command the page shows failing, with the exit code it fails with. */
    private static final String EXIT_MARKER = "<!-- exit: ";

    @TempDir
    Path folder;

    @Test
    void theTutorialWorksAsWritten() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("kb-docs/authoring.md"), StandardCharsets.UTF_8);
        String pendingFile = null;
        CliRun lastRun = null;
        int commands = 0;
        int files = 0;
        int expectedExit = ExitCode.OK;
        int failures = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(FILE_MARKER)) {
                pendingFile = line.substring(FILE_MARKER.length(), line.indexOf(" -->")).trim();
            } else if (line.startsWith(EXIT_MARKER)) {
                expectedExit = Integer.parseInt(line.substring(EXIT_MARKER.length(), line.indexOf(" -->")).trim());
                failures++;
            } else if (line.startsWith("```")) {
                String kind = line.substring(3).trim();
                List<String> block = new ArrayList<>();
                for (i++; !lines.get(i).startsWith("```"); i++) {
                    block.add(lines.get(i));
                }
                if (pendingFile != null) {
                    Path target = folder.resolve(pendingFile);
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, String.join("\n", block) + "\n", StandardCharsets.UTF_8);
                    pendingFile = null;
                    files++;
                } else if (kind.equals("sh")) {
                    for (String command : block) {
                        lastRun = run(command, expectedExit);
                        commands++;
                    }
                    expectedExit = ExitCode.OK;
                } else if (kind.equals("text") && lastRun != null) {
                    String output = lastRun.out().replace(folder + "/", "");
                    for (String expected : block) {
                        if (!expected.isBlank()) {
                            assertThat(output).as("output of the command before line " + (i + 1)).contains(expected);
                        }
                    }
                }
            }
        }
        assertThat(files).as("files the tutorial writes").isGreaterThanOrEqualTo(5);
        assertThat(commands).as("commands the tutorial runs").isGreaterThanOrEqualTo(4);
        assertThat(failures).as("commands the tutorial shows failing").isGreaterThanOrEqualTo(1);
    }

    private CliRun run(String command, int expectedExit) {
        assertThat(command).startsWith("./signin-doctor ");
        String[] args = Arrays.stream(command.substring("./signin-doctor ".length()).trim().split("\\s+"))
                .map(arg -> arg.startsWith("mysite") ? folder.resolve(arg).toString() : arg)
                .toArray(String[]::new);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(command + "\n" + run.out() + run.err()).isEqualTo(expectedExit);
        return run;
    }
}
