package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The values issue 10 found accepted by one reader and refused by another, given to each way a fact enters: a facts
 * file (diagnose), a mapped export column (classify) and an interview answer. Each is refused everywhere, with the
 * same message, and nothing overflows the stack.
 */
class VocabularyDriftTest {

    private static final String PORT = "expected a whole number from 1 to 65535, got ";
    private static final String SERVER = "expected host or host:port (a DNS name, a NetBIOS name of at most 15 "
            + "characters or an IP address, and a port from 1 to 65535), such as ocs01.contoso.com:5061, got ";
    private static final String SIP = "expected a SIP address such as jdoe@contoso.com, with or without sip:, got ";
    private static final String LONG_DNS_NAME = "a.".repeat(5000) + "com";
    private static final String MEGABYTE_NETBIOS_NAME = "A".repeat(1_000_000);

    /** Facts from which an interview asks for the drifting fact first, so the value is the first answer it reads. */
    private static final String ASKS_POOL_PORT = """
            symptom: {sign-in: fails, message: server-unavailable, affected: all-users, external-users-sign-in: true}
            client: {configuration: manual, transport: TCP, internal-server: ocs.contoso.com}
            server: {tls-required: false}
            """;
    private static final String ASKS_INTERNAL_SERVER = """
            symptom: {sign-in: fails, message: server-unavailable, affected: all-users, external-users-sign-in: true}
            client: {configuration: manual, transport: TLS}
            server: {tls-required: true}
            """;
    private static final String ASKS_SIP_URI = """
            symptom: {sign-in: fails, message: server-unavailable, affected: all-users, external-users-sign-in: true}
            client: {configuration: automatic}
            policies:
              EnableStrictDNSNaming: {computer: enabled}
            """;

    private static final String POOL_PORT_QUESTION = "Which TCP listening port is set in the pool properties?";
    private static final String INTERNAL_SERVER_QUESTION = "What is entered under internal server name or IP address";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    static Stream<Arguments> drift() {
        return Stream.of(
                Arguments.of("server", "pool-tcp-port", "99999", PORT + "\"99999\"", ASKS_POOL_PORT, POOL_PORT_QUESTION),
                Arguments.of("server", "pool-tcp-port", "0", PORT + "\"0\"", ASKS_POOL_PORT, POOL_PORT_QUESTION),
                Arguments.of("client", "internal-server", "ocs.contoso.com:99999", SERVER + "\"ocs.contoso.com:99999\"",
                        ASKS_INTERNAL_SERVER, INTERNAL_SERVER_QUESTION),
                Arguments.of("client", "internal-server", "ocs.contoso.com:0", SERVER + "\"ocs.contoso.com:0\"",
                        ASKS_INTERNAL_SERVER, INTERNAL_SERVER_QUESTION),
                Arguments.of("client", "internal-server", MEGABYTE_NETBIOS_NAME,
                        SERVER + "\"" + "A".repeat(60) + "...\" (1000000 characters)", ASKS_INTERNAL_SERVER,
                        INTERNAL_SERVER_QUESTION),
                Arguments.of("account", "sip-uri", "jdoe@" + LONG_DNS_NAME,
                        SIP + "\"jdoe@" + LONG_DNS_NAME.substring(0, 55) + "...\" (10008 characters)", ASKS_SIP_URI,
                        "What is the user's SIP URI in Active Directory"));
    }

    @ParameterizedTest(name = "{0}.{1} = {3}")
    @MethodSource("drift")
    void aFactsFileIsRefusedWithFileLineFieldAndExpectation(String group, String name, String value, String message,
            String unusedFacts, String unusedQuestion) throws IOException {
        Path facts = TestFiles.write(folder, "case.yaml", group + ":\n  " + name + ": \"" + value + "\"\n");

        CliRun run = CliRun.of("diagnose", facts.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(facts + ":2:3: error: " + group + "." + name + ": " + message)
                .doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}.{1} = {3}")
    @MethodSource("drift")
    void aMappedColumnRejectsTheRecordAndTheRunGoesOn(String group, String name, String value, String message,
            String unusedFacts, String unusedQuestion) throws IOException {
        Path export = TestFiles.write(folder, "export.csv", "id,title,v\n1,cannot sign in," + value
                + "\n2,cannot sign in,\n");
        Path mapping = TestFiles.write(folder, "mapping.yaml", "id: id\ntext: [title]\nfacts:\n  v: " + group + "."
                + name + "\n");
        Path out = folder.resolve("out.jsonl");

        CliRun run = CliRun.of("classify", export.toString(), "--mapping", mapping.toString(), "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(Files.readAllLines(out)).hasSize(1);
        JsonNode reject = JSON.readTree(Files.readAllLines(folder.resolve("out.jsonl.rejects.jsonl")).get(0));
        assertThat(reject.get("input").asText()).isEqualTo(export.toString());
        assertThat(reject.get("line").asInt()).isEqualTo(2);
        assertThat(reject.get("reason").asText()).isEqualTo("column 'v' (" + group + "." + name + "): " + message);
    }

    @ParameterizedTest(name = "{0}.{1} = {3}")
    @MethodSource("drift")
    void anInterviewAnswerIsAskedAgainWithTheSameMessage(String group, String name, String value, String message,
            String askingFacts, String question) throws IOException {
        Path facts = TestFiles.write(folder, "start.yaml", askingFacts);

        CliRun run = CliRun.withInput(value + "\nquit\n", "interview", "--facts", facts.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Q1. " + question)
                .contains("  " + message + " (or unknown, why, help)")
                .contains("Stopped after 0 answers");
    }

    @Test
    void eventCodesAndCertificateServersAreCheckedAsWhatTheyAre() throws IOException {
        Path facts = TestFiles.write(folder, "case.yaml", """
                events:
                  - {kind: connect-failure, server: 192.168.0.2, port: 5060, code: -5}
                certificates:
                  - {server: "x:123456", subject: sip.contoso.com}
                """);

        CliRun run = CliRun.of("diagnose", facts.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err())
                .contains(facts + ":2:62: error: events[0].code: expected a whole number from 0 to 4294967295 or "
                        + "hexadecimal text of 1 to 8 digits, such as 0x20080030, got \"-5\"")
                .contains(facts + ":4:6: error: certificates[0].server: " + SERVER + "\"x:123456\"");
    }
}
