package io.signindoctor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interview on a real terminal: ./signin-doctor runs inside tmux, keys are typed with send-keys and the screen
 * is read with capture-pane, so line editing and completion are exercised as a person would use them.
 */
class InterviewTerminalIT {

    private final String session = "signin-doctor-it-" + ProcessHandle.current().pid();

    private static String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @BeforeEach
    void startInterview() throws Exception {
        tmux("new-session", "-d", "-s", session, "-x", "160", "-y", "50", "./signin-doctor interview; sleep 30");
    }

    @AfterEach
    void stop() throws Exception {
        tmux("kill-session", "-t", session);
    }

    private String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", session, "-S", "-200");
    }

    private String waitFor(String text) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        String screen = screen();
        while (!screen.contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            screen = screen();
        }
        assertThat(screen).as("the terminal shows " + text).contains(text);
        return screen;
    }

    private void type(String keys) throws Exception {
        tmux("send-keys", "-t", session, "-l", keys);
    }

    private void press(String key) throws Exception {
        tmux("send-keys", "-t", session, key);
    }

    @Test
    void anEngineerAnswersCompletesAChoiceAndTakesAnAnswerBack() throws Exception {
        waitFor("Q1. Which message does Communicator show");
        type("server-u");
        press("Tab");
        waitFor("server-unavailable");
        press("Enter");
        waitFor("Q2. How many users are affected?");
        type("3");
        press("Enter");
        waitFor("Q3. Is Communicator set to automatic or to manual configuration?");
        type("back");
        press("Enter");
        waitFor("Took back the answer to symptom.affected");
        type("all-users");
        press("Enter");
        waitFor("Q3. Is Communicator set to automatic or to manual configuration?");
        type("2");
        press("Enter");
        waitFor("Q4. What is entered under internal server name");
        type("192.168.0.2:5060");
        press("Enter");
        String screen = waitFor("Manual connection settings use an IP address or NetBIOS name");
        assertThat(screen).contains("Done after 4 answers.");
    }
}
