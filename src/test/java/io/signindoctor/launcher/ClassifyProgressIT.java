package io.signindoctor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * classify's progress bar on a real terminal: ./signin-doctor runs in a shell inside tmux, and everything the pane
 * receives is logged with pipe-pane, carriage returns included, so the test sees each redraw of the bar and not only
 * the final screen. The same run with standard error sent to a file must print no bar at all.
 */
class ClassifyProgressIT {

    private static final String INCIDENT = "Communicator fails to sign in. Manual configuration; internal server: "
            + "192.168.0.%d:5060. Communicator failed to connect to server 192.168.0.%d on port 5060 due to error "
            + "10061";

    /** What the shell prints after the command; the command line itself shows "EXIT=$?", which has no digit. */
    private static final Pattern EXIT_STATUS = Pattern.compile("EXIT=\\d");

    @TempDir
    Path folder;

    private TmuxSession terminal;

    @BeforeEach
    void startShell() throws Exception {
        terminal = TmuxSession.start("progress", "bash --norc --noprofile");
    }

    @AfterEach
    void stop() throws Exception {
        terminal.close();
    }

    private Path export(int rows) throws IOException {
        StringBuilder csv = new StringBuilder("id,title,description\n");
        for (int i = 0; i < rows; i++) {
            int host = 1 + i % 200;
            csv.append("INC-").append(i).append(",Sign-in fails,\"").append(String.format(INCIDENT, host, host))
                    .append("\"\n");
        }
        Path file = folder.resolve("queue.csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    private void run(String commandLine) throws Exception {
        terminal.type(commandLine + "; echo \"EXIT=$?\"");
        terminal.press("Enter");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        String screen = "";
        while (!EXIT_STATUS.matcher(screen).find() && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            screen = terminal.screen(false);
        }
        assertThat(screen).as("the command finished").contains("EXIT=0");
    }

    /** Classifies an export of that many rows in the terminal and returns everything the terminal received. */
    private String classifyOnTheTerminal(int rows, String options) throws Exception {
        Path input = export(rows);
        Path log = folder.resolve("pane.log");
        terminal.logOutputTo(log);
        run("./signin-doctor classify " + input + options);
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    @Test
    void aTerminalShowsRowsPerSecondAndTheTimeLeftAndThenOnlyTheSummary() throws Exception {
        String received = classifyOnTheTerminal(150_000, " --out " + folder.resolve("out.jsonl"));

        assertThat(received).containsPattern("\\r\\[#*\\.*\\] +\\d+%  ETA \\d+:\\d\\d  [\\d,]+ rows  [\\d,]+ rows/s")
                .contains("read 150,000 records from 1 input");
        String screen = terminal.screen(false);
        assertThat(screen).contains("150,000 classified").doesNotContain("rows/s");
    }

    @Test
    void recordsWrittenToTheTerminalItselfGetNoProgressBarBetweenThem() throws Exception {
        String received = classifyOnTheTerminal(2_000, " --rejects " + folder.resolve("rejects.jsonl"));

        assertThat(received).contains("\"id\":\"INC-1999\"").contains("read 2,000 records from 1 input")
                .doesNotContain("rows/s");
    }

    @Test
    void standardErrorThatIsNotATerminalGetsNoProgressBar() throws Exception {
        Path input = export(150_000);
        Path errors = folder.resolve("errors.txt");

        run("./signin-doctor classify " + input + " --out " + folder.resolve("out.jsonl") + " 2> " + errors);

        String written = Files.readString(errors, StandardCharsets.UTF_8);
        assertThat(written).contains("read 150,000 records from 1 input").doesNotContain("rows/s")
                .doesNotContain("\r");
    }
}
