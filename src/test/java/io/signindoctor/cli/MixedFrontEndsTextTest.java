package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Each front end of a pool has its own authentication setting, and one left on Kerberos alone fails the users outside
 * that land on it: a ticket that finds Both NTLM and Kerberos on one front end and Kerberos alone on another shows
 * the cause (EXT-003 counts against it only when no front end is said to offer Kerberos alone).
 */
class MixedFrontEndsTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void oneFrontEndOnKerberosAloneShowsTheCauseWhateverTheOthersOffer() throws IOException {
        JsonNode json = diagnose("Users outside cannot sign in to Lync, internal users are fine. FE1 has Authentication"
                + " = Both NTLM and Kerberos, but FE2 was left on Kerberos only after its rebuild.\n");

        assertThat(json.path("top").asText()).as(json.toString()).isEqualTo("frontend-auth-not-ntlm-and-kerberos");
    }

    @Test
    void frontEndsThatAllOfferBothProtocolsShowNoSuchCause() throws IOException {
        JsonNode json = diagnose("Users outside cannot sign in to Lync, internal users are fine. Both front ends have"
                + " Authentication = Both NTLM and Kerberos.\n");

        assertThat(json.path("top").asText()).as(json.toString()).isNotEqualTo("frontend-auth-not-ntlm-and-kerberos");
    }

    private static JsonNode diagnose(String ticket) throws IOException {
        CliRun run = CliRun.withInput(ticket, "diagnose", "--text", "-", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return JSON.readTree(run.out());
    }
}
