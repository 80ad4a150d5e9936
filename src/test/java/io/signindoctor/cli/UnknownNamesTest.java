package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file that names a fact, a rule or a value the vocabulary defines gets the nearest known name when it
 * misspells one: facts files (their unknown list), case files, and a site's vocabulary additions. Mapping files and
 * the reading catalogues are checked in ClassifyCommandTest, TextExtractorTest and SiteCataloguesTest.
 */
class UnknownNamesTest {

    @TempDir
    Path folder;

    private ScratchSite site;

    @BeforeEach
    void createSite() {
        site = ScratchSite.initIn(folder);
    }


    @Test
    void aFactsFilesUnknownListNamingAMisspeltFactGetsTheNearestId() throws IOException {
        Path facts = folder.resolve("case.yaml");
        Files.writeString(facts, "symptom: {sign-in: fails}\nunknown: [account.sip-uri, client.configuraton]\n");

        CliRun run = CliRun.of("diagnose", facts.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(facts + ":2:").contains("no such fact in the vocabulary: client.configuraton; "
                + "did you mean `client.configuration`?");
    }

    @Test
    void aCaseFileNamingAMisspeltFactOrRuleGetsTheNearestName() throws IOException {
        String given = "client: {configuration: manual, internal-server: ocs-pool01.corp.contoso.com, vpn: connected}";
        site.edit("rules/site.cases.yaml", given, given.replace("configuration", "configuraton"));
        CliRun fact = CliRun.of("kb", "validate", "--rules", site.toString());
        site.edit("rules/site.cases.yaml", given.replace("configuration", "configuraton"), given);
        site.edit("rules/site.cases.yaml", "fires: [SITE-001, SITE-002]", "fires: [SITE-001, SITE-0002]");
        CliRun rule = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(fact.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(fact.out()).contains("site.cases.yaml:14:16: error: cases[1].given.client.configuraton")
                .contains("did you mean `configuration`?");
        assertThat(rule.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(rule.out()).contains("names rule SITE-0002, which does not exist; did you mean `SITE-002`?");
    }

    @Test
    void aVocabularyAdditionNamingAMisspeltGroupOrValueGetsTheNearestName() throws IOException {
        site.edit("facts-schemas/site-vocabulary.yaml", "  client:\n", "  clinet:\n");
        CliRun group = CliRun.of("kb", "validate", "--rules", site.toString());
        site.edit("facts-schemas/site-vocabulary.yaml", "  clinet:\n", "  client:\n");
        site.edit("facts-schemas/site-vocabulary.yaml", "          disconnected: Not connected",
                "          disconected: Not connected");
        CliRun label = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(group.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(group.out()).contains("site-vocabulary.yaml:4:").contains("clinet")
                .contains("did you mean `client`?");
        assertThat(label.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(label.out()).contains("site-vocabulary.yaml:11:").contains("x-labels.disconected")
                .contains("did you mean `disconnected`?");
    }
}
