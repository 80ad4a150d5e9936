package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every input is bounded before the expensive work, and each refusal names the limit and the option that raises it. */
class LimitsTest {

    private static final String LOOPING_CASE = """
            symptom: {user-location: external, sign-in: fails}
            client: {configuration: manual, internal-server: ocs-pool01.corp.contoso.com, vpn: disconnected}
            """;

    @TempDir
    Path folder;

    private Path site;

    @BeforeEach
    void aSiteRuleThatModifiesAFactItMatchesWithoutNoLoop() throws IOException {
        site = folder.resolve("site");
        assertThat(CliRun.of("kb", "init", site.toString()).exitCode()).isZero();
        Path drl = site.resolve("rules/site.drl");
        String rules = Files.readString(drl)
                .replace("    ClientSetting(name == \"vpn\", value == \"disconnected\")",
                        "    $vpn : ClientSetting(name == \"vpn\", value == \"disconnected\")")
                .replace("    insertLogical(Support.of(kcontext));\nend",
                        "    insertLogical(Support.of(kcontext));\n    update($vpn);\nend");
        Files.writeString(drl, rules);
    }

    /** Classifies a one-row export whose facts the looping site rule matches, through the site's rules. */
    private CliRun classifyOneIncident() throws IOException {
        Path export = TestFiles.write(folder, "queue.csv", "id,location,configuration,vpn\nA,remote,manual,down\n");
        Path mapping = TestFiles.write(folder, "map.yaml", """
                id: id
                text: []
                facts:
                  location: {fact: symptom.user-location, values: {remote: external}}
                  configuration: client.configuration
                  vpn: {fact: client.vpn, values: {down: disconnected}}
                """);
        return CliRun.of("classify", "--rules", site.toString(), export.toString(), "--mapping",
                mapping.toString(), "--out", folder.resolve("out.jsonl").toString());
    }

    @Test
    void aLoopingSiteRuleStopsDiagnoseKbTestClassifyAndTheInterviewWithExitThreeNamingIt() throws IOException {
        Path facts = TestFiles.write(folder, "case.yaml", LOOPING_CASE);

        CliRun diagnose = CliRun.of("diagnose", "--rules", site.toString(), facts.toString());
        CliRun kbTest = CliRun.of("kb", "test", "--rules", site.toString(), "--max-firings", "500");
        CliRun classify = classifyOneIncident();
        CliRun interview = CliRun.withInput("quit\n", "interview", "--rules", site.toString(), "--facts",
                facts.toString());

        for (CliRun run : new CliRun[] {diagnose, kbTest, classify, interview}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
            assertThat(run.err()).contains("rule SITE-001 keeps firing").contains("--max-firings raises it");
        }
        assertThat(kbTest.err()).contains("the limit of 500 rule firings");
        assertThat(diagnose.err()).contains("the limit of 10,000 rule firings");
        assertThat(folder.resolve("out.jsonl")).doesNotExist();
    }

    @Test
    void aSiteRuleThatKeepsModifyingAFactABuiltInRuleMatchesIsNamedRatherThanTheBuiltInRule() throws IOException {
        Path drl = site.resolve("rules/site.drl");
        Files.writeString(drl, Files.readString(drl)
                .replaceFirst("    ClientSetting\\(name == \"configuration\", value == \"manual\"\\)",
                        "    \\$manual : ClientSetting(name == \"configuration\", value == \"manual\")")
                .replace("update($vpn);", "update($manual);"));
        Path facts = TestFiles.write(folder, "case.yaml", LOOPING_CASE);

        CliRun diagnose = CliRun.of("diagnose", "--rules", site.toString(), facts.toString());
        CliRun kbTest = CliRun.of("kb", "test", "--rules", site.toString(), "--max-firings", "500");
        CliRun classify = classifyOneIncident();

        for (CliRun run : new CliRun[] {diagnose, kbTest, classify}) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
            assertThat(run.err()).as("DER-070 matches the manual configuration, and fires each time SITE-001 "
                    + "updates it").contains("rule SITE-001 keeps firing").contains("and updated facts")
                    .contains("DER-070 fired").contains("times with it").doesNotContain("rule DER-070 keeps firing");
        }
        assertThat(kbTest.err()).contains("the limit of 500 rule firings");
    }

    @Test
    void aTenMegabyteSingleLineYamlFileIsRefusedByItsLineLength() throws IOException {
        Path huge = TestFiles.write(folder, "huge.yaml", "case: " + "a b ".repeat(10 << 18) + "\n");

        CliRun run = CliRun.of("diagnose", huge.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(huge + ":1: error: the line is longer than the limit of 1,048,576 "
                + "characters (--max-line raises it)");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
        Path facts = TestFiles.write(folder, "case.yaml", LOOPING_CASE);
        Path log = TestFiles.write(folder, "events.txt", "x".repeat(200));

        CliRun diagnose = CliRun.of("diagnose", facts.toString(), "--max-file-size", "100");
        CliRun gather = CliRun.of("gather", "--log", log.toString(), "--out", folder.resolve("o.yaml").toString(),
                "--max-file-size", "100");

        assertThat(diagnose.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(diagnose.err()).contains(facts + ": error: the file has " + Files.size(facts) + " bytes, more "
                + "than the limit of 100 (--max-file-size raises it)");
        assertThat(gather.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(gather.err()).contains(log + ": error: the file has 200 bytes, more than the limit of 100");
        assertThat(folder.resolve("o.yaml")).doesNotExist();
    }

    @Test
    void aLongQuotedFieldIsRejectedOnceNamingItsLimitAndReadWhenTheLimitIsRaised() throws IOException {
        String longField = "\"" + "line\n".repeat(20) + "end\"";
        Path input = TestFiles.write(folder, "in.csv", "id,title,description\nA,x," + longField + "\nB,y,z\n");
        Path rejects = folder.resolve("rejects.jsonl");

        CliRun limited = CliRun.of("classify", input.toString(), "--max-quoted-lines", "5", "--rejects",
                rejects.toString());
        String limitedRejects = Files.readString(rejects);
        CliRun raised = CliRun.of("classify", input.toString(), "--max-quoted-lines", "50", "--rejects",
                rejects.toString());
        CliRun narrowCells = CliRun.of("classify", input.toString(), "--max-cell", "50", "--rejects",
                rejects.toString());

        assertThat(limited.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(limitedRejects).contains("runs past the limit of 5 lines (--max-quoted-lines raises it)")
                .doesNotContain("never closed");
        assertThat(raised.exitCode()).as(raised.err()).isEqualTo(ExitCode.OK);
        assertThat(raised.out()).contains("\"id\":\"A\"").contains("\"id\":\"B\"");
        assertThat(narrowCells.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(Files.readString(rejects)).contains("the limit of 50 characters in a record (--max-cell raises it)");
    }

    @Test
    void aClosingQuoteThatIsTheFirstCharacterPastTheLimitStillEndsTheSkippedFieldAndItsRecord() throws IOException {
        Path input = TestFiles.write(folder, "in.csv", "id,title,description\nA,x,\"one\ntwo\n\"\rB,y,z\nC,w,v\n");
        Path rejects = folder.resolve("rejects.jsonl");

        CliRun run = CliRun.of("classify", input.toString(), "--max-quoted-lines", "2", "--rejects",
                rejects.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(Files.readAllLines(rejects)).singleElement().asString()
                .contains("starts on line 2 and ends on line 4 runs past the limit of 2 lines");
        assertThat(run.out()).contains("\"id\":\"B\"").contains("\"line\":5").contains("\"id\":\"C\"");
    }

    @Test
    void aJsonLineOrAYamlLineLongerThanTheLimitIsRejectedNamingTheOption() throws IOException {
        Path jsonl = TestFiles.write(folder, "in.jsonl", "{\"id\": \"A\", \"description\": \"" + "x".repeat(300)
                + "\"}\n{\"id\": \"B\", \"description\": \"short\"}\n");
        Path yaml = TestFiles.write(folder, "in.yaml", "- id: A\n  description: " + "y".repeat(300) + "\n");
        Path rejects = folder.resolve("rejects.jsonl");

        CliRun lines = CliRun.of("classify", jsonl.toString(), "--max-line", "200", "--rejects", rejects.toString());
        String lineRejects = Files.readString(rejects);
        CliRun documents = CliRun.of("classify", yaml.toString(), "--max-line", "200", "--rejects",
                rejects.toString());

        assertThat(lines.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(lines.out()).contains("\"id\":\"B\"");
        assertThat(lineRejects).contains("\"line\":1").contains("the limit of 200 characters (--max-line raises it)");
        assertThat(documents.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(Files.readString(rejects)).contains("\"line\":2").contains("--max-line raises it");
    }

    @Test
    void aJsonFieldLongerThanACellIsRejectedBeforeItsTextIsRead() throws IOException {
        Path jsonl = TestFiles.write(folder, "in.jsonl", "{\"id\": \"A\", \"description\": \"" + "x".repeat(300)
                + "\"}\n");
        Path rejects = folder.resolve("rejects.jsonl");

        CliRun run = CliRun.of("classify", jsonl.toString(), "--max-cell", "100", "--rejects", rejects.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(Files.readString(rejects)).contains("the field 'description' has 300 characters, more than the "
                + "limit of 100 (--max-cell raises it)");
    }
}
