package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rule author's commands, on the built-in knowledge base and on a site folder made by kb init. */
class KbCommandsTest {

    @TempDir
    Path folder;

    private ScratchSite site;

    @BeforeEach
    void createSite() {
        site = ScratchSite.initIn(folder);
    }



    @Test
    void theBuiltInKnowledgeBaseValidatesAndPassesEveryCase() {
        CliRun validate = CliRun.of("kb", "validate");
        CliRun test = CliRun.of("kb", "test");

        assertThat(validate.exitCode()).as(validate.out()).isEqualTo(ExitCode.OK);
        assertThat(validate.out()).startsWith("kb validate: 0 errors, 0 warnings in ");
        assertThat(test.exitCode()).as(test.out()).isEqualTo(ExitCode.OK);
        assertThat(test.out()).doesNotContain("FAIL ").containsPattern("(?m)^\\d+ passed, 0 failed$");
    }

    @Test
    void aNewSiteFolderValidatesAndPassesItsCases() {
        CliRun validate = CliRun.of("kb", "validate", "--rules", site.toString());
        CliRun test = CliRun.of("kb", "test", "--rules", site.toString(), "SITE-00");

        assertThat(validate.exitCode()).as(validate.out()).isZero();
        assertThat(test.out()).contains("PASS " + site + "/rules/site.cases.yaml:3 ").contains("3 passed, 0 failed");
    }

    @Test
    void initRefusesAFolderThatIsNotEmpty() {
        CliRun again = CliRun.of("kb", "init", site.toString());

        assertThat(again.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(again.err()).contains("is not empty");
    }

    @Test
    void aDrlSyntaxErrorIsReportedAtItsLine() throws IOException {
        site.edit("rules/site.drl", "then\n    insertLogical(Support.of(kcontext));", "thenn\n    insertLogical(Support.of(kcontext));");

        CliRun run = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(run.out()).containsPattern(site + "/rules/site\\.drl:1[56]:\\d+: error: \\[ERR 102]")
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void siteRulesInTheBuiltInRulesPackageAreRefusedAtThePackageLine() throws IOException {
        site.edit("rules/site.drl", "package site.rules;", "package signindoctor.rules;");

        CliRun validate = CliRun.of("kb", "validate", "--rules", site.toString());
        CliRun diagnose = CliRun.of("diagnose", "--rules", site.toString(), "examples/04-manual-server-not-fqdn.yaml");

        assertThat(validate.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(validate.out()).contains(site + "/rules/site.drl:3:1: error: package: expected a package of the "
                + "site's own, such as site.rules, got signindoctor.rules");
        assertThat(diagnose.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
    }

    @Test
    void anUnknownFactTypeOrFieldIsReportedAtItsLine() throws IOException {
        site.edit("rules/site.drl", "    ClientSetting(name == \"vpn\", value == \"disconnected\")",
                "    ClientSettin(name == \"vpn\", value == \"disconnected\")");
        CliRun unknownType = CliRun.of("kb", "validate", "--rules", site.toString());
        site.edit("rules/site.drl", "    ClientSettin(name == \"vpn\", value == \"disconnected\")",
                "    ClientSetting(nmae == \"vpn\", value == \"disconnected\")");
        CliRun unknownField = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(unknownType.out()).contains(site + "/rules/site.drl:12:5: error: Unable to find class: ClientSettin");
        assertThat(unknownField.out()).contains(site + "/rules/site.drl:12:19: error: Unable to parse left part of "
                + "expression: nmae == \"vpn\"");
        assertThat(unknownField.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
    }

    @Test
    void aDuplicateIdNamesBothPlaces() throws IOException {
        site.edit("rules/site.drl", "@id(\"SITE-002\")", "@id(\"ACCT-001\")");

        assertThat(CliRun.of("kb", "validate", "--rules", site.toString()).out()).contains(site
                + "/rules/site.drl:19: error: @id: duplicate id ACCT-001; already used by rule \"Credentials message "
                + "and a sign-in address that differs from the SIP URI\" at rules/account.drl:");
    }

    @Test
    void missingMetadataAndBadConfidenceAreErrors() throws IOException {
        site.edit("rules/site.drl", "@cf(0.75)", "@cf(1.5) @cuase(\"x\")");
        site.edit("rules/site.drl", " @doc(\"causes/site-remote-without-vpn.md\")\nwhen\n    Symptom(name == \"user-location\", value == \"external\")\n    ClientSetting(name == \"configuration\", value == \"manual\")\n    not",
                "\nwhen\n    Symptom(name == \"user-location\", value == \"external\")\n    ClientSetting(name == \"configuration\", value == \"manual\")\n    not");

        CliRun run = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(run.out())
                .contains(site + "/rules/site.drl:18: error: @doc: rule \"Remote laptop with internal-only manual "
                        + "settings: is the VPN up?\": missing")
                .contains(site + "/rules/site.drl:8: error: @cf: rule \"Remote laptop with internal-only manual "
                        + "settings and no VPN\": must be between -1 and 1 and not 0, not 1.5")
                .contains(site + "/rules/site.drl:8: warning: @cuase: ");
    }

    @Test
    void aRuleMayReadHowAFactWasLearnedButNotWhereItWasFound() throws IOException {
        site.edit("rules/site.drl", "    ClientSetting(name == \"vpn\", value == \"disconnected\")",
                "    ClientSetting(name == \"vpn\", value == \"disconnected\", source.kind == Source.Kind.ANSWER)\n"
                        + "    Symptom(name == \"sign-in\", source.line > 10)");

        CliRun run = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(run.out()).contains(site + "/rules/site.drl:13: error: rule \"Remote laptop with internal-only "
                + "manual settings and no VPN\": reads where a fact was found; a rule may read source.kind but not "
                + "the source's file or line").doesNotContain("site.drl:12: error");
    }

    @Test
    void aCaseExpectingAnUnknownCauseAndAMalformedCaseFileAreReported() throws IOException {
        site.edit("rules/site.cases.yaml", "top: site-remote-without-vpn", "top: site-no-such-cause");
        site.write("rules/extra.cases.yaml", "cases:\n  - name: broken\n    given: {client: {vpn: maybe}}\n"
                + "    expect: {fires: [SITE-001]}\n");

        CliRun run = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(run.out())
                .contains(site + "/rules/site.cases.yaml:3: error: expect: case \"Remote laptop off the VPN with only "
                        + "an internal server entered\": names cause site-no-such-cause, which no rule concludes")
                .contains(site + "/rules/extra.cases.yaml:3:22: error: cases[0].given.client.vpn: expected connected or "
                        + "disconnected, got \"maybe\"");
    }

    @Test
    void aPageWithoutACauseAndARuleWithoutAPageAreReported() throws IOException {
        site.write("kb-docs/causes/orphan.md", "---\ncause: orphan-cause\nkind: cause\ntitle: Orphan\nreference: site\n"
                + "---\n\n## Remedy\n1. Nothing.\n");
        site.edit("rules/site.drl", "@cause(\"site-remote-without-vpn\") @cf(0.75)", "@cause(\"site-undocumented\") @cf(0.75)");

        CliRun run = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(run.out())
                .contains(site + "/kb-docs/causes/orphan.md:2: error: cause: orphan-cause: no rule concludes this cause")
                .contains(site + "/rules/site.drl:8: error: @cause: rule \"Remote laptop with internal-only manual "
                        + "settings and no VPN\": no kb-docs page for site-undocumented");
    }

    @Test
    void anUnknownProductInAppliesToIsReportedAtItsColumnWithTheNearestProduct() throws IOException {
        site.edit("rules/site.drl", "@doc(\"causes/site-remote-without-vpn.md\")\nwhen",
                "@doc(\"causes/site-remote-without-vpn.md\")\n    @appliesTo(\"lync-2013, sfb-2051\")\nwhen");

        CliRun run = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(run.out()).contains(site + "/rules/site.drl:9:28: error: @appliesTo: rule \"Remote laptop with "
                + "internal-only manual settings and no VPN\": sfb-2051 is not a product; expected any of ocs-2007-r2, "
                + "lync-2010, lync-2013, sfb-2015, sfb-2019, communicator-2007-r2, sfb-2016, lync-mobile, lync-mac, "
                + "lync-phone-edition; did you mean `sfb-2015`?");
    }

    @Test
    void aRuleForSomeServerVersionsStaysSilentForAnotherAndShowsWhatItAppliesTo() throws IOException {
        site.edit("rules/site.drl", "@doc(\"causes/site-remote-without-vpn.md\")\nwhen",
                "@doc(\"causes/site-remote-without-vpn.md\")\n    @appliesTo(\"lync-2013,sfb-2015,sfb-2019\")\nwhen");
        site.write("rules/site.cases.yaml", Files.readString(site.file("rules/site.cases.yaml"), StandardCharsets.UTF_8)
                + """

                  - name: The same laptop homed on an OCS 2007 R2 pool
                    given:
                      symptom: {user-location: external, sign-in: fails}
                      client: {configuration: manual, vpn: disconnected}
                      server: {product: ocs-2007-r2}
                    expect:
                      not-causes: [site-remote-without-vpn]
                      silent: [SITE-001]

                  - name: The same laptop homed on a Skype for Business Server 2015 pool
                    given:
                      symptom: {user-location: external, sign-in: fails}
                      client: {configuration: manual, vpn: disconnected, product: lync-2013}
                      server: {product: sfb-2015}
                    expect:
                      top: site-remote-without-vpn
                      fires: [SITE-001]
                """);

        CliRun test = CliRun.of("kb", "test", "--rules", site.toString(), "site.cases");
        CliRun show = CliRun.of("kb", "show", "--rules", site.toString(), "SITE-001");

        assertThat(test.exitCode()).as(test.out()).isZero();
        assertThat(test.out()).contains("5 passed, 0 failed");
        assertThat(show.out()).contains("applies to: Lync Server 2013, Skype for Business Server 2015, Skype for "
                + "Business Server 2019; any client");
    }

    @Test
    void aVocabularyAdditionMayNotRedefineABuiltInFact() throws IOException {
        site.write("facts-schemas/clash.yaml", "properties:\n  client:\n    properties:\n      transport:\n"
                + "        enum: [UDP]\n        x-question: Which transport?\n");

        CliRun run = CliRun.of("kb", "validate", "--rules", site.toString());

        assertThat(run.out()).contains(site + "/facts-schemas/clash.yaml:4:7: error: client.transport: is already "
                + "defined; additions may only add new facts");
        assertThat(run.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
    }

    @Test
    void aFailingCaseShowsExpectedAgainstActualAndTheRulesThatFired(@TempDir Path reports) throws IOException {
        site.edit("rules/site.cases.yaml", "      not-causes: [site-remote-without-vpn]\n      silent: [SITE-001]",
                "      top: site-remote-without-vpn\n      silent: [SITE-001]");
        Path xml = reports.resolve("results.xml");

        CliRun run = CliRun.of("kb", "test", "--rules", site.toString(), "--junit-xml", xml.toString(), "site.cases");

        assertThat(run.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(run.out())
                .contains("FAIL " + site + "/rules/site.cases.yaml:11 The same laptop on the VPN")
                .contains("     top cause: expected site-remote-without-vpn, got none")
                .containsPattern("     rules fired: \\[DER-001, .*SITE-002.*]")
                .contains("2 passed, 1 failed");
        assertThat(Files.readString(xml)).contains("<testsuite name=\"" + site + "/rules/site.cases.yaml\" tests=\"3\" "
                + "failures=\"1\">").contains("<failure message=\"top cause: expected site-remote-without-vpn, got none\"");
    }

    @Test
    void coverageListsWhatNoCaseReaches() {
        CliRun run = CliRun.of("kb", "coverage");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("Rules no case fires \\(0 of \\d+\\):")
                .containsPattern("Causes and advisories no case shows \\(0 of \\d+\\):")
                .contains("Vocabulary facts no rule reads (")
                .contains("  client.set-by: ");
    }

    @Test
    void listAndShowDescribeRulesCausesAndFacts() {
        assertThat(CliRun.of("kb", "list", "--rules", site.toString()).out())
                .contains("MAN-001").contains("site-remote-without-vpn").contains("client.vpn");
        assertThat(CliRun.of("kb", "show", "MAN-001").out()).contains("rule MAN-001: Manual internal server given as "
                + "an IP address").contains("file:       rules/manual-config.drl:").contains("@cf:        0.8")
                .contains("ServerAddress(role == ServerAddress.INTERNAL, form == AddressForm.IP_LITERAL)");
        assertThat(CliRun.of("kb", "show", "ntlm-min-security-mismatch").out()).contains("NTLM-001")
                .contains("## Remedy");
        assertThat(CliRun.of("kb", "show", "client.transport").out()).contains("read by:  [CODE-070, MAN-010, MAN-011");
        CliRun unknown = CliRun.of("kb", "show", "MAN-00");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(unknown.err()).contains("did you mean MAN-001");
    }

    @Test
    void diagnoseLoadsASiteFolderAndRefusesABrokenOne() throws IOException {
        Path facts = folder.resolve("case.yaml");
        Files.writeString(facts, "symptom: {user-location: external, sign-in: fails}\n"
                + "client: {configuration: manual, internal-server: ocs01.contoso.com, vpn: disconnected}\n");

        CliRun withSite = CliRun.of("diagnose", "--rules", site.toString(), facts.toString());
        CliRun withoutSite = CliRun.of("diagnose", facts.toString());
        CliRun missing = CliRun.of("diagnose", "--rules", folder.resolve("nope").toString(), facts.toString());

        assertThat(withSite.out()).contains("cause: site-remote-without-vpn");
        assertThat(withoutSite.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(withoutSite.err()).contains("client.vpn: unknown field");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(missing.err()).contains("nope: error: no such folder");
    }

    @Test
    void classifyLoadsASiteFolderToo() throws IOException {
        Path export = folder.resolve("queue.csv");
        Files.writeString(export, "id,title,description\nS1,Remote laptop,\"remote user off VPN, manual settings\"\n");

        CliRun missing = CliRun.of("classify", "--rules", folder.resolve("nope").toString(), export.toString());
        CliRun withSite = CliRun.of("classify", "--rules", site.toString(), export.toString(), "--rejects",
                folder.resolve("rejects.jsonl").toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
        assertThat(missing.err()).contains("nope: error: no such folder");
        assertThat(withSite.exitCode()).as(withSite.err()).isEqualTo(ExitCode.OK);
        assertThat(withSite.out()).contains("\"id\":\"S1\"");
    }

    @Test
    void aSiteFolderThatBreaksTheConventionsIsRefusedByEveryCommandThatDiagnoses() throws IOException {
        Files.delete(site.file("rules/site.cases.yaml"));
        Path export = folder.resolve("queue.csv");
        Files.writeString(export, "id,title,description\nS1,x,y\n");

        CliRun diagnose = CliRun.of("diagnose", "--rules", site.toString(), "examples/04-manual-server-not-fqdn.yaml");
        CliRun classify = CliRun.of("classify", "--rules", site.toString(), export.toString(), "--rejects",
                folder.resolve("rejects.jsonl").toString());
        CliRun interview = CliRun.withInput("quit\n", "interview", "--rules", site.toString());

        for (CliRun run : List.of(diagnose, classify, interview)) {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.KNOWLEDGE_BASE);
            assertThat(run.err()).contains("SITE-001").contains("run kb validate");
            assertThat(run.out()).isEmpty();
        }
    }
}
