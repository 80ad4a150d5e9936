package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an engineer sees from diagnose: the report, its reasons, advisories, next checks, and every refusal. */
class DiagnoseCommandTest {

    private static final String MANUAL_IP = "examples/04-manual-server-not-fqdn.yaml";

    @TempDir
    Path folder;

    @Test
    void textReportGivesTheCauseItsRemedyAndTheEvidenceWithFileAndLine() {
        CliRun run = CliRun.of("diagnose", MANUAL_IP);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("1. Manual connection settings use an IP address or NetBIOS name")
                .contains("cause: manual-server-not-fqdn")
                .contains("Remedy:")
                .contains("MAN-001 Manual internal server given as an IP address")
                .contains("internal server 192.168.0.2:5060 is an IP address   [derived by DER-001]")
                .containsPattern("client.internal-server = 192.168.0.2:5060   \\[" + MANUAL_IP + ":\\d+]")
                .contains("failed to connect to 192.168.0.2 on port 5060 due to error 10061")
                .doesNotContain("Rule trace");
    }

    @Test
    void explainPrintsTheRuleTraceInFiringOrder() {
        CliRun run = CliRun.of("diagnose", "--explain", MANUAL_IP);

        assertThat(run.out()).contains("Rule trace (").containsPattern("#1 DER-070")
                .contains("inserted support for manual-server-not-fqdn (cf +0.80)");
    }

    @Test
    void jsonDocumentCarriesFormatRanksSourcesAndTraceOnRequest() throws IOException {
        JsonNode json = new ObjectMapper().readTree(CliRun.of("diagnose", "--format", "json", "--explain",
                MANUAL_IP).out());

        assertThat(json.get("format").asText()).isEqualTo("signin-doctor/diagnosis/1");
        assertThat(json.get("top").asText()).isEqualTo("manual-server-not-fqdn");
        JsonNode first = json.get("causes").get(0);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("confidence").asDouble()).isBetween(0.9, 1.0);
        assertThat(first.get("confidence").decimalValue().scale()).as("rounded to three decimals").isEqualTo(3);
        JsonNode derived = first.get("rules").get(0).get("evidence").get(1);
        assertThat(derived.get("source").get("kind").asText()).isEqualTo("derived");
        assertThat(derived.get("basis").get(0).get("source").get("where").asText()).isEqualTo(MANUAL_IP);
        assertThat(derived.get("basis").get(0).get("source").get("line").asInt()).isPositive();
        assertThat(json.get("trace")).isNotEmpty();
        assertThat(new ObjectMapper().readTree(CliRun.of("diagnose", "--format", "json", MANUAL_IP).out())
                .has("trace")).isFalse();
    }

    @Test
    void anIpAddressInManualSettingsIsAnAdvisoryEvenWhenSignInWorks() throws IOException {
        Path facts = TestFiles.write(folder, "works.yaml", """
                symptom: {sign-in: works}
                client: {configuration: manual, internal-server: 192.168.0.2, transport: TLS}
                """);

        CliRun run = CliRun.of("diagnose", facts.toString());

        assertThat(run.out()).contains("No likely cause").contains("Advisories:")
                .contains("(ip-address-in-manual-settings, rule MAN-007)");
    }

    @Test
    void strictNamingDisabledIsReportedAsAManInTheMiddleAdvisory() throws IOException {
        Path facts = TestFiles.write(folder, "loose.yaml", """
                client: {configuration: automatic}
                policies:
                  EnableStrictDNSNaming: {computer: not-configured, user: disabled}
                """);

        assertThat(CliRun.of("diagnose", facts.toString()).out()).contains("strict-naming-disabled-mitm");
    }

    @Test
    void whenTheFactsDoNotDecideItSaysWhatToCheckNext() throws IOException {
        Path facts = TestFiles.write(folder, "creds.yaml", """
                symptom: {sign-in: fails, message: cannot-sign-in}
                account: {sign-in-address: jdoe@contoso.com}
                """);

        CliRun run = CliRun.of("diagnose", facts.toString());

        assertThat(run.out()).contains("No likely cause").contains("Check next:")
                .contains("What is the user's SIP URI in Active Directory")
                .contains("(account.sip-uri; bears on signin-address-mismatch)");
    }

    @Test
    void aLowerThresholdShowsWeakerCauses() throws IOException {
        Path facts = TestFiles.write(folder, "one-user.yaml", """
                symptom: {sign-in: fails, message: server-unavailable, affected: one-user}
                """);

        assertThat(CliRun.of("diagnose", facts.toString()).out()).contains("No likely cause");
        assertThat(CliRun.of("diagnose", "--threshold", "0.3", facts.toString()).out())
                .contains("1. ").contains("profile-folder-access-denied");
    }

    @Test
    void badFactsAreRefusedWithFileLineFieldAndExpectationAndNothingOnStdout() throws IOException {
        Path facts = TestFiles.write(folder, "bad.yaml", """
                client:
                  transprot: TLS
                  configuration: manuel
                server:
                  pool-tcp-port: 70000
                  tls-required: maybe
                registry:
                  - {machine: client, name: NtlmMinClientSec, value: "0xZZ"}
                events:
                  - {kind: connect-failure, server: 192.168.0.2}
                """);

        CliRun run = CliRun.of("diagnose", facts.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains(facts + ":2:3: error: client.transprot: unknown field; expected one of: configuration,")
                .contains(facts + ":3:3: error: client.configuration: expected automatic or manual, got \"manuel\"")
                .contains(facts + ":5:3: error: server.pool-tcp-port: expected a whole number from 1 to 65535, got "
                        + "\"70000\"")
                .contains(facts + ":6:3: error: server.tls-required: expected true or false, got \"maybe\"")
                .contains(facts + ":8:")
                .contains("registry[0].value: expected a whole number from 0 to 4294967295 or hexadecimal text of 1 to 8 digits")
                .contains(facts + ":10:5: error: events[0]: missing the required field 'code'")
                .contains("nothing was diagnosed");
    }

    @Test
    void syntaxErrorsDuplicateKeysAndMissingFilesAreRefusedWhileAnEmptyFileIsACaseWithNoFacts() throws IOException {
        Path yaml = TestFiles.write(folder, "syntax.yaml", "client: [unclosed\n  x: 1\n");
        Path json = TestFiles.write(folder, "syntax.json", "{\"client\": {\"transport\": \"TLS\",}}");
        Path duplicate = TestFiles.write(folder, "dup.yaml", "client:\n  transport: TLS\n  transport: TCP\n");
        Path empty = TestFiles.write(folder, "empty.yaml", "");
        Path list = TestFiles.write(folder, "list.yaml", "- a\n- b\n");

        assertRefused(yaml, ":2:4: error: invalid YAML: ");
        assertRefused(json, ":1:32: error: invalid JSON: ");
        assertRefused(duplicate, ":3:3: error: client.transport: appears twice");
        assertThat(CliRun.of("diagnose", empty.toString()).exitCode()).isEqualTo(ExitCode.OK);
        assertRefused(list, ":1:1: error: expected a mapping of sections");
        assertRefused(folder.resolve("missing.yaml"), ": error: no such file");
    }

    private static void assertRefused(Path file, String message) {
        CliRun run = CliRun.of("diagnose", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(file + message);
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun threshold = CliRun.of("diagnose", "--threshold", "1.5", MANUAL_IP);
        CliRun format = CliRun.of("diagnose", "--format", "xml", MANUAL_IP);

        assertThat(threshold.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(threshold.err()).contains("--threshold must be between 0 and 1");
        assertThat(format.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(format.err()).contains("--format");
    }

    @Test
    void helpListsTheVerbsAndTheNamedExitCodes() {
        CliRun root = CliRun.of("--help");
        CliRun diagnose = CliRun.of("diagnose", "--help");

        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).contains("diagnose").contains("Exit codes:")
                .contains("2   Bad input").contains("3   The knowledge base has errors");
        assertThat(diagnose.out()).contains("--format").contains("--explain").contains("Exit codes:");
    }

    @Test
    void everyFieldGivenTwiceIsListedNotOnlyTheFirst() throws IOException {
        Path duplicates = TestFiles.write(folder, "dups.yaml",
                "client:\n  transport: TLS\n  transport: TCP\nserver:\n  pool-tcp-port: 5060\n  pool-tcp-port: 5061\n");

        CliRun run = CliRun.of("diagnose", duplicates.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(duplicates + ":3:3: error: client.transport: appears twice")
                .contains(duplicates + ":6:3: error: server.pool-tcp-port: appears twice");
    }
}
