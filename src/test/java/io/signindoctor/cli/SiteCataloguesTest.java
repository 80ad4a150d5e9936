package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site folder adds to the text reader's catalogues the way it adds rules: its rules/codes.yaml, reading.yaml and
 * reading.examples.yaml are read after the built-in ones by every command, checked like its rules, and run by kb test.
 */
class SiteCataloguesTest {

    private static final String SITE_CODE = """
            codes:
              - {type: hresult, code: "0x80090302", names: [SEC_E_UNSUPPORTED_FUNCTION],
                 meaning: "the security package refused the request", source: "our help desk's notes",
                 evidence: [ntlm-security-mismatch]}
            """;

    @TempDir
    Path folder;

    private ScratchSite site;

    @BeforeEach
    void createSite() {
        site = ScratchSite.initIn(folder);
    }


    @Test
    void aSiteErrorCodeWeighsForTheCausesItsEvidenceNames() throws IOException {
        site.write("rules/codes.yaml", SITE_CODE);
        Path facts = folder.resolve("case.yaml");
        Files.writeString(facts, "symptom: {sign-in: fails}\n"
                + "events:\n  - {kind: error, code-type: hresult, code: \"0x80090302\"}\n");

        CliRun withSite = CliRun.of("diagnose", "--rules", site.toString(), "--format", "json", facts.toString());
        CliRun builtIn = CliRun.of("diagnose", "--format", "json", facts.toString());

        assertThat(withSite.exitCode()).as(withSite.err()).isEqualTo(ExitCode.OK);
        assertThat(withSite.out()).contains("\"top\" : \"ntlm-min-security-mismatch\"")
                .contains("hresult 0x80090302 means ntlm-security-mismatch");
        assertThat(builtIn.out()).contains("\"top\" : null").doesNotContain("means ntlm-security-mismatch");
    }

    @Test
    void aSiteReadingGivesASiteFactFromTicketTextAndItsExamplesRunInKbTest() throws IOException {
        site.write("rules/reading.yaml", """
                readings:
                  - id: SITE-RD-001
                    name: The laptop is off the VPN
                    cues: [[vpn], ["off", disconnected, dropped, "not on"]]
                    facts: [{fact: client.vpn, value: disconnected}]
                """);
        site.write("rules/reading.examples.yaml", """
                examples:
                  - name: Off the VPN
                    text: The user is working from home and is off the VPN.
                    fires: [SITE-RD-001]
                    gives: [client.vpn = disconnected]
                  - name: VPN not mentioned
                    text: The user is working from home.
                    silent: [SITE-RD-001]
                """);
        Path export = folder.resolve("queue.csv");
        Files.writeString(export, "id,title,description\nS1,Remote laptop,\"user at home on manual settings, "
                + "internal server ocs01.contoso.com, and is off the VPN\"\n");

        CliRun validate = CliRun.of("kb", "validate", "--rules", site.toString());
        CliRun test = CliRun.of("kb", "test", "--rules", site.toString(), "VPN");
        CliRun classify = CliRun.of("classify", "--rules", site.toString(), "--format", "jsonl", export.toString(),
                "--rejects", folder.resolve("rejects.jsonl").toString());

        assertThat(validate.exitCode()).as(validate.out()).isEqualTo(ExitCode.OK);
        assertThat(validate.out()).doesNotContain("SITE-RD-001");
        assertThat(test.out()).contains("PASS " + site + "/rules/reading.examples.yaml:2 Off the VPN")
                .contains("PASS " + site + "/rules/reading.examples.yaml:6 VPN not mentioned").doesNotContain("FAIL ");
        assertThat(classify.exitCode()).as(classify.err()).isEqualTo(ExitCode.OK);
        assertThat(classify.out()).contains("client.vpn = disconnected");
    }

    @Test
    void aBrokenSiteCatalogueIsAnErrorAtItsLineAndEveryCommandThatDiagnosesRefusesTheFolder() throws IOException {
        site.write("rules/codes.yaml", SITE_CODE.replace("type: hresult", "type: hresul"));
        site.write("rules/reading.yaml", """
                readings:
                  - id: SITE-RD-002
                    name: A fact that is not in the vocabulary
                    cues: [[vpn]]
                    facts: [{fact: client.vpm, value: disconnected}]
                """);

        CliRun validate = CliRun.of("kb", "validate", "--rules", site.toString());
        CliRun diagnose = CliRun.of("diagnose", "--rules", site.toString(), "examples/04-manual-server-not-fqdn.yaml");

        assertThat(validate.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(validate.out()).contains(site + "/rules/codes.yaml:2:").contains("hresul")
                .contains(site + "/rules/reading.yaml:5:").contains("client.vpm").contains("did you mean `client.vpn`");
        assertThat(diagnose.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(diagnose.err()).contains(site + "/rules/codes.yaml:2:");
        assertThat(diagnose.out()).isEmpty();
    }

    @Test
    void aCueOfPunctuationAloneCouldNeverMatchAndIsAnErrorAtItsLine() throws IOException {
        site.write("rules/reading.yaml", """
                readings:
                  - id: SITE-RD-003
                    name: A VPN profile said to point somewhere
                    value: [fqdn]
                    cues: [[vpn], [points, "=", "=>", "->"]]
                    facts: [{fact: client.vpn, value: disconnected}]
                """);

        CliRun validate = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(validate.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(validate.out()).contains(site + "/rules/reading.yaml:5:")
                .contains("the phrase \"=\" has no word the reader can match")
                .contains("the phrase \"=>\" has no word the reader can match")
                .doesNotContain("\"points\" has no word").doesNotContain("the phrase \"->\"");
    }
}
