package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ticket written for this test, plainly about one cause but in words no reading cue knows: the rules alone find
 * nothing, and its resemblance to the labelled tickets of that cause becomes evidence for it, cited with its words,
 * through diagnose --text, a facts file's text: and classify. Resemblance alone weighs less than the threshold
 * (RES-001's @cf), so the cause is listed with that evidence but not shown as likely.
 */
class ResemblanceEvidenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CAUSE = "phone-dhcp-options-missing";
    private static final String TICKET = """
            Hi team, the desk phones in the new wing sit at the logon screen forever since the network team
            rebuilt the DHCP server last week. The phones get their address fine but never find where to
            register, and the same phones work when plugged in on the old floor. Computers on that floor work.
            """;

    @TempDir
    Path folder;

    @Test
    void aTicketWithoutCuesGetsItsResemblanceAsEvidenceCitingItsWords() throws IOException {
        CliRun rulesAlone = CliRun.withInput(TICKET, "diagnose", "--text", "-", "--format", "json",
                "--resemblance-model", "none");
        CliRun run = CliRun.withInput(TICKET, "diagnose", "--text", "-", "--format", "json");

        assertThat(rulesAlone.exitCode()).as(rulesAlone.err()).isEqualTo(ExitCode.OK);
        assertThat(JSON.readTree(rulesAlone.out()).path("causes")).as(rulesAlone.out()).isEmpty();
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.path("causes").get(0).path("cause").asText()).as(run.out()).isEqualTo(CAUSE);
        assertThat(json.path("causes").get(0).path("confidence").asDouble()).isBetween(0.3, 0.5);
        JsonNode resemblance = fact(json, "text resembles the tickets labelled " + CAUSE);
        assertThat(resemblance.path("source").path("kind").asText()).isEqualTo("text");
        assertThat(resemblance.path("source").path("words").asText()).contains("DHCP");
    }

    @Test
    void aFactsFilesTextAndAClassifiedIncidentGetTheSameEvidence() throws IOException {
        Path facts = TestFiles.write(folder, "case.yaml", "case: INC-7\ntext: |\n" + TICKET.indent(2));
        Path export = TestFiles.write(folder, "queue.jsonl", JSON.writeValueAsString(JSON.createObjectNode()
                .put("id", "INC-7").put("description", TICKET)) + "\n");

        CliRun diagnosed = CliRun.of("diagnose", facts.toString(), "--format", "json");
        CliRun classified = CliRun.of("classify", export.toString(), "--out", folder.resolve("out.jsonl").toString());

        assertThat(JSON.readTree(diagnosed.out()).path("causes").get(0).path("cause").asText())
                .as(diagnosed.err()).isEqualTo(CAUSE);
        assertThat(classified.exitCode()).as(classified.err()).isEqualTo(ExitCode.OK);
        JsonNode incident = JSON.readTree(Files.readString(folder.resolve("out.jsonl")));
        JsonNode top = incident.path("cause").asText().equals(CAUSE) ? incident : incident.path("others").path(0);
        assertThat(top.path("cause").asText()).as(incident.toString()).isEqualTo(CAUSE);
        assertThat(top.path("confidence").asDouble()).isEqualTo(JSON.readTree(diagnosed.out()).path("causes").get(0)
                .path("confidence").asDouble());
        assertThat(incident.path("rules").toString()).contains("RES-001");
        assertThat(incident.path("facts").toString()).contains("text resembles the tickets labelled " + CAUSE)
                .contains("DHCP");
    }

    @Test
    void aModelThatCannotBeReadIsRefusedNamingTheFile() {
        CliRun run = CliRun.withInput(TICKET, "diagnose", "--text", "-", "--resemblance-model",
                folder.resolve("missing.model").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("missing.model").contains("no such file");
        assertThat(run.out()).isEmpty();
    }

    private static JsonNode fact(JsonNode json, String prefix) {
        for (JsonNode cause : json.path("causes")) {
            for (JsonNode rule : cause.path("rules")) {
                for (JsonNode evidence : rule.path("evidence")) {
                    if (rule.path("rule").asText().equals("RES-001")
                            && evidence.path("fact").asText().startsWith(prefix)) {
                        return evidence;
                    }
                }
            }
        }
        throw new AssertionError("no evidence starting " + prefix + " in " + json);
    }
}
