package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A ticket that says sign-in works (an audit, a note with no outage) shows no cause of a failure, only the advisory;
 * one that tells the failure and then the fix ("it signs in fine today" over the quoted failure) still shows its
 * cause, since a failure read anywhere in the text outweighs the all-clear.
 */
class SignInWorksTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SETTINGS = "Communicator has the manual server 10.50.1.20 over TCP.";

    @Test
    void anAuditThatSaysSignInWorksShowsNoCauseButTheAdvisory() throws IOException {
        JsonNode json = diagnose("Audit of the kiosk PCs: " + SETTINGS + " Sign-in works on all of them today.\n");

        assertThat(json.path("top").isNull()).as(json.toString()).isTrue();
        assertThat(json.path("advisories").toString()).contains("ip-address-in-manual-settings");
        assertThat(json.path("facts").toString()).contains("symptom.sign-in = works");
    }

    @Test
    void aFailureQuotedUnderTheAllClearStillShowsItsCause() throws IOException {
        JsonNode json = diagnose("Thanks, it signs in fine today.\n\n> From: Ann\n> I cannot sign in to Communicator. "
                + SETTINGS + "\n");

        assertThat(json.path("top").asText()).as(json.toString()).isEqualTo("manual-server-not-fqdn");
    }

    private static JsonNode diagnose(String ticket) throws IOException {
        CliRun run = CliRun.withInput(ticket, "diagnose", "--text", "-", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return JSON.readTree(run.out());
    }
}
