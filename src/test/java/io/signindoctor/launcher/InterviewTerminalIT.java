package io.signindoctor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The interview on a real terminal: ./signin-doctor runs inside tmux, keys are typed with send-keys and the screen
 * is read with capture-pane, so line editing and completion are exercised as a person would use them.
 */
class InterviewTerminalIT {

    private TmuxSession terminal;

    @BeforeEach
    void startInterview() throws Exception {
        terminal = TmuxSession.start("interview", "./signin-doctor interview; sleep 30");
    }

    @AfterEach
    void stop() throws Exception {
        terminal.close();
    }

    private String screen() throws Exception {
        return terminal.screen(true);
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
        terminal.type(keys);
    }

    private void press(String key) throws Exception {
        terminal.press(key);
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

    @Test
    void aPastedTicketSeedsTheInterviewSoWhatItStatesIsNotAsked() throws Exception {
        waitFor("Q1. Which message does Communicator show");
        type("paste");
        press("Enter");
        waitFor("Paste the text, then a line with only . to end it.");
        for (String line : new String[] {"Hi, Ann on the 3rd floor cannot sign in to Communicator since Monday.",
                "Event log: Communicator failed to connect to server 192.168.0.2 (192.168.0.2) on port 5060 due to",
                "error 10061. We set it up by hand in Advanced Connection Settings, connection type TCP.", "."}) {
            type(line);
            press("Enter");
        }
        String screen = waitFor("from the text:");
        assertThat(screen).contains("client event: failed to connect to 192.168.0.2 on port 5060 due to error 10061")
                .contains("[text at pasted text 1:2 \"");
        String after = screen.substring(screen.indexOf("from the text:"));
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!after.contains("Q1. ") && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            screen = screen();
            after = screen.substring(screen.indexOf("from the text:"));
        }
        assertThat(after).as("the next question").contains("Q1. ")
                .doesNotContain("Q1. Which message does Communicator show");
        type("status");
        press("Enter");
        waitFor("1. manual-server-not-fqdn");
    }

    @Test
    void anAnswerIsTakenAsTypedWithoutHistoryExpansion() throws Exception {
        waitFor("Q1. Which message does Communicator show");
        type("2");
        press("Enter");
        waitFor("Q2. How many users are affected?");
        type("!!");
        press("Enter");
        String screen = waitFor("got \"!!\"");
        assertThat(screen).doesNotContain("Q3.");
    }
}
