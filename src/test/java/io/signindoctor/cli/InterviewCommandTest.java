package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The interview driven through its standard input, as a script or a pipe would drive it. */
class InterviewCommandTest {

    @Test
    void aManualIpAddressIsFoundFromAFewAnswers() {
        CliRun run = CliRun.withInput("2\nall-users\n2\n192.168.0.2:5060\n", "interview");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Q1. Which message does Communicator show when sign-in fails?")
                .contains("  2) An error saying that the server is unavailable")
                .contains("Done after ")
                .contains("1. Manual connection settings use an IP address or NetBIOS name")
                .doesNotContain("\u001b[");
    }

    @Test
    void aThresholdOutsideZeroToOneIsRefusedBeforeAnyQuestion() {
        CliRun run = CliRun.withInput("2\n", "interview", "--threshold", "7");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("--threshold must be between 0 and 1, not 7.0");
        assertThat(run.out()).doesNotContain("Q1.");
    }

    @Test
    void whyShowsTheCausesAndHowEachAnswerMovesThem() {
        CliRun run = CliRun.withInput("1\nwhy\nquit\n", "interview");

        assertThat(run.out())
                .contains("Asked because these rules need it:")
                .contains("    ACCT-028 (bears on signin-address-mismatch, account-not-usable,")
                .contains("    signin-address-mismatch                  now 0.30")
                .contains("  If Only users outside the corporate firewall (users inside sign in): "
                        + "frontend-auth-not-ntlm-and-kerberos 0.00 -> 0.51")
                .contains("Stopped after 1 answer.");
    }

    @Test
    void statusAndHowExplainTheCurrentRanking() {
        CliRun run = CliRun.withInput("1\nstatus\nhow 1\nhow 9\nhow x\nquit\n", "interview");

        assertThat(run.out())
                .contains("  1. signin-address-mismatch                  0.30")
                .contains("ACCT-006 Credentials message: most often the address typed is not the SIP URI (cf +0.30)")
                .contains("there is no cause 9")
                .contains("how takes the number of a cause in status");
    }

    @Test
    void backWithdrawsAnAnswerAndEverythingThatFollowedFromIt() {
        CliRun run = CliRun.withInput("1\nback\n2\nquit\n", "interview");

        assertThat(run.out())
                .contains("Took back the answer to symptom.message; everything that followed from it is withdrawn.")
                .contains("Q1. Which message does Communicator show when sign-in fails?")
                .doesNotContain("signin-address-mismatch (signin");
        assertThat(run.out().indexOf("Took back")).isLessThan(run.out().lastIndexOf("Q1. Which message"));
    }

    @Test
    void unknownIsAcceptedAndTheQuestionIsNotAskedAgain() {
        CliRun run = CliRun.withInput("unknown\nunknown\nunknown\nunknown\nunknown\nquit\n", "interview");

        assertThat(run.out().split("Which message does Communicator show", -1)).hasSize(2);
    }

    @Test
    void badAnswersAreAskedAgainWithWhatWasExpected() {
        CliRun run = CliRun.withInput("7\nmaybe\n1\n5\nquit\n", "interview");

        assertThat(run.out()).contains("  expected one of cannot-sign-in, server-unavailable, certificate-name-mismatch, "
                + "other, got \"7\"; or give the number of a choice, 1 to 4 (or unknown, why, help)")
                .contains("; or give the number of a choice, 1 to 4");
    }

    @Test
    void endOfInputStopsWithoutHanging() {
        CliRun run = CliRun.withInput("", "interview");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Stopped after 0 answers.").contains("No likely cause");
    }

    @Test
    void startsFromAFactsFileAndAsksOnlyWhatItDoesNotSay(@TempDir Path folder) throws IOException {
        Path facts = folder.resolve("partial.yaml");
        Files.writeString(facts, "symptom: {message: cannot-sign-in, external-users-sign-in: true}\n"
                + "account: {sip-uri: sip:john.doe@contoso.com}\n");

        CliRun run = CliRun.withInput("1\njdoe@contoso.com\n", "interview", "--facts", facts.toString());

        assertThat(run.out()).doesNotContain("Which message does Communicator show")
                .contains("What sign-in address does the user type into Communicator?")
                .contains("1. Sign-in address typed does not match the user's SIP URI");
    }

    @Test
    void savedAnswersGiveTheSameDiagnosisThroughDiagnose(@TempDir Path folder) throws IOException {
        Path saved = folder.resolve("interview.yaml");

        CliRun interview = CliRun.withInput("2\nall-users\n2\n192.168.0.2:5060\n", "interview", "--save",
                saved.toString());
        CliRun diagnose = CliRun.of("diagnose", "--format", "json", saved.toString());

        assertThat(interview.out()).contains("Saved the facts of this interview to " + saved);
        assertThat(Files.readString(saved)).contains("internal-server: \"192.168.0.2:5060\"   # answer to client.internal-server");
        assertThat(diagnose.exitCode()).as(diagnose.err()).isZero();
        assertThat(diagnose.out()).contains("\"top\" : \"manual-server-not-fqdn\"");
        String interviewTop = interview.out().substring(interview.out().indexOf("Likely causes"));
        assertThat(interviewTop).contains("1. Manual connection settings use an IP address or NetBIOS name  "
                + "[confidence 0.86]");
        assertThat(CliRun.of("diagnose", saved.toString()).out())
                .contains("1. Manual connection settings use an IP address or NetBIOS name  [confidence 0.86]");
    }
}
