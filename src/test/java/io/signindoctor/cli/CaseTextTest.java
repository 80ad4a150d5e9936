package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ticket as written, wherever it comes from: diagnose --text - (standard input), a facts file's text: field, gather
 * and interview --save writing it back, and a text pasted into the interview; each fact read cites its file, line and
 * words, and a fact the file states outright wins.
 */
class CaseTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TICKET = """
            Hello,
            Ann cannot sign in to Communicator since Monday, the rest of the floor is fine.
            Event log: Communicator failed to connect to server 192.168.0.2 (192.168.0.2) on port 5060 due to
            error 10061. We set it up by hand in Advanced Connection Settings, connection type TCP.
            """;

    @TempDir
    Path folder;

    @Test
    void aTicketOnStandardInputIsDiagnosedWithEachFactCitingItsLineAndWords() throws IOException {
        CliRun run = CliRun.withInput(TICKET, "diagnose", "--text", "-", "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.path("top").asText()).isEqualTo("manual-server-not-fqdn");
        JsonNode event = fact(json, "client event: failed to connect to 192.168.0.2");
        assertThat(event.path("source").path("kind").asText()).isEqualTo("text");
        assertThat(event.path("source").path("where").asText()).isEqualTo("<stdin>");
        assertThat(event.path("source").path("line").asInt()).isEqualTo(3);
        assertThat(event.path("source").path("words").asText()).contains("failed to connect to server 192.168.0.2");
    }

    @Test
    void standardInputIsRefusedLikeAFileWhenItIsBinaryOrTooLarge() {
        byte[] binary = new byte[2048];
        new Random(7).nextBytes(binary);

        CliRun refusedBinary = CliRun.withBytes(binary, "diagnose", "--text", "-");
        CliRun refusedLarge = CliRun.withInput(TICKET, "diagnose", "--text", "-", "--max-file-size", "100");

        assertThat(refusedBinary.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(refusedBinary.err()).contains("<stdin>: error: binary data, not text").doesNotContain("Exception");
        assertThat(refusedBinary.out()).isEmpty();
        assertThat(refusedLarge.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(refusedLarge.err()).contains("<stdin>").contains("more than 100 bytes")
                .contains("--max-file-size");
    }

    @Test
    void standardInputIsReadOnce() {
        CliRun both = CliRun.withInput(TICKET, "diagnose", "-", "--text", "-");
        CliRun twice = CliRun.withInput(TICKET, "diagnose", "--text", "-", "--text", "-");
        CliRun interview = CliRun.withInput(TICKET, "interview", "--text", "-");

        assertThat(both.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(both.err()).contains("standard input can be read once");
        assertThat(twice.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(interview.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(interview.err()).contains("type paste");
    }

    @Test
    void aFactsFilesTextIsReadAndItsFactsCiteTheLineInsideTheFile() throws IOException {
        Path facts = TestFiles.write(folder, "case.yaml", "case: INC-1\ntext: |\n" + indent(TICKET));

        JsonNode json = JSON.readTree(CliRun.of("diagnose", facts.toString(), "--format", "json").out());

        assertThat(json.path("top").asText()).isEqualTo("manual-server-not-fqdn");
        JsonNode event = fact(json, "client event: failed to connect to 192.168.0.2");
        assertThat(event.path("source").path("where").asText()).isEqualTo(facts.toString());
        assertThat(event.path("source").path("line").asInt()).as("the ticket's line 3 is the file's line 5")
                .isEqualTo(5);
        assertThat(event.path("source").path("words").asText()).contains("due to");
    }

    @Test
    void aFactWrittenInTheFileWinsOverTheTextAndItsEvidenceSaysWhatItOverrode() throws IOException {
        Path facts = TestFiles.write(folder, "case.yaml", "client:\n  transport: TLS\ntext: |\n" + indent(TICKET));

        CliRun run = CliRun.of("diagnose", facts.toString(), "--format", "json");

        JsonNode json = JSON.readTree(run.out());
        JsonNode transport = fact(json, "client.transport = TLS");
        assertThat(transport.path("source").path("kind").asText()).isEqualTo("file");
        assertThat(transport.path("source").path("line").asInt()).isEqualTo(2);
        assertThat(transport.path("source").path("note").asText()).contains("overrides client.transport = TCP")
                .contains("connection type TCP");
        assertThat(facts(json)).noneMatch(fact -> fact.equals("client.transport = TCP"));
        assertThat(run.err()).contains("text: ").contains("overrides client.transport = TCP");
    }

    @Test
    void gatherWritesTheTextAsWrittenAndDiagnoseReadsTheSameFactsFromIt() throws IOException {
        Path ticket = TestFiles.write(folder, "ticket.txt", TICKET);
        Path out = folder.resolve("case.yaml");

        CliRun gather = CliRun.of("gather", "--text", ticket.toString(), "--out", out.toString());

        assertThat(gather.exitCode()).as(gather.err()).isEqualTo(ExitCode.OK);
        String written = Files.readString(out);
        assertThat(written).contains("text: |2-\n  Hello,\n  Ann cannot sign in")
                .doesNotContain("kind: connect-failure");
        JsonNode direct = JSON.readTree(CliRun.of("diagnose", "--text", ticket.toString(), "--format", "json").out());
        JsonNode again = JSON.readTree(CliRun.of("diagnose", out.toString(), "--format", "json").out());
        assertThat(facts(again)).containsExactlyInAnyOrderElementsOf(facts(direct));
        assertThat(ranking(again)).isEqualTo(ranking(direct));
    }

    @Test
    void interviewSaveKeepsTheTextOfTheFactsFileItStartedFrom() throws IOException {
        Path facts = TestFiles.write(folder, "case.yaml", "case: INC-2\ntext: |\n" + indent(TICKET));
        Path saved = folder.resolve("saved.yaml");

        CliRun run = CliRun.withInput("quit\n", "interview", "--facts", facts.toString(), "--save", saved.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(saved)).contains("text: |2-").contains("  error 10061. We set it up by hand")
                .doesNotContain("kind: connect-failure");
        JsonNode before = JSON.readTree(CliRun.of("diagnose", facts.toString(), "--format", "json").out());
        JsonNode after = JSON.readTree(CliRun.of("diagnose", saved.toString(), "--format", "json").out());
        assertThat(after.path("top")).isEqualTo(before.path("top"));
        assertThat(facts(after)).containsExactlyInAnyOrderElementsOf(facts(before));
    }

    @Test
    void aTextPastedIntoTheInterviewIsNotAskedAgain() {
        CliRun plain = CliRun.withInput("quit\n", "interview");
        CliRun pasted = CliRun.withInput("paste\n" + TICKET + ".\nstatus\nquit\n", "interview");

        assertThat(pasted.exitCode()).as(pasted.err()).isEqualTo(ExitCode.OK);
        assertThat(pasted.out()).contains("Paste the text, then a line with only . to end it.")
                .contains("from the text:")
                .contains("client event: failed to connect to 192.168.0.2 on port 5060 due to error 10061")
                .contains("[text at pasted text 1:3 \"")
                .containsPattern("1\\. manual-server-not-fqdn\\s+0\\.\\d\\d");
        String firstQuestion = plain.out().lines().filter(line -> line.startsWith("Q1. ")).findFirst().orElseThrow();
        String askedAfterPaste = pasted.out().lines().filter(line -> line.startsWith("Q1. ")).skip(1).findFirst()
                .orElseThrow();
        assertThat(askedAfterPaste).as("the question the text answered is not asked again")
                .isNotEqualTo(firstQuestion);
    }

    private static String indent(String text) {
        return text.lines().map(line -> "  " + line + "\n").reduce("", String::concat);
    }

    private static JsonNode fact(JsonNode json, String prefix) {
        for (JsonNode fact : json.path("facts")) {
            if (fact.path("fact").asText().startsWith(prefix)) {
                return fact;
            }
        }
        throw new AssertionError("no fact " + prefix + " in " + json.path("facts"));
    }

    private static List<String> ranking(JsonNode json) {
        List<String> ranking = new ArrayList<>();
        json.path("causes").forEach(cause -> ranking.add(cause.path("cause").asText() + " "
                + cause.path("confidence").asText()));
        return ranking;
    }

    private static List<String> facts(JsonNode json) {
        List<String> facts = new ArrayList<>();
        json.path("facts").forEach(fact -> facts.add(fact.path("fact").asText()));
        return facts;
    }
}
