package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input to gather (and to diagnose's gather options) is refused with file, line and field, and nothing is written. */
class GatherCommandTest {

    @TempDir
    Path folder;

    private Path previousOut() throws IOException {
        return TestFiles.write(folder, "out.yaml", "case: the last good facts file\n");
    }

    @Test
    void aMalformedHostAndPortIsRefusedBeforeAnythingRuns() throws IOException {
        Path out = previousOut();

        CliRun run = CliRun.of("gather", "--tls", "sip.contoso.com", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("--tls: expected HOST:PORT (such as sip.contoso.com:5061 or [::1]:5061); got "
                + "\"sip.contoso.com\"");
        assertThat(out).hasContent("case: the last good facts file");
    }

    @Test
    void aFileThatIsNotARegistryExportIsRefusedAndTheOutputLeftAsItWas() throws IOException {
        Path out = previousOut();
        Path notReg = TestFiles.write(folder, "notes.reg", "some notes about the laptop\n");

        CliRun run = CliRun.of("gather", "--reg", notReg.toString(), "--role", "client", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(notReg + ":1: error: not a registry export: expected the first line "
                + "\"Windows Registry Editor Version 5.00\" or \"REGEDIT4\"").contains("was not written");
        assertThat(out).hasContent("case: the last good facts file");
        assertThat(folder).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aBadDwordNamesItsLineAndValue() throws IOException {
        Path reg = TestFiles.write(folder, "client.reg", """
                REGEDIT4

                [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0]
                "NtlmMinClientSec"="0x20080030"
                """);

        CliRun run = CliRun.of("gather", "--reg", reg.toString(), "--role", "client", "--out",
                folder.resolve("out.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(reg + ":4: error: HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa"
                + "\\MSV1_0\\NtlmMinClientSec: expected a DWORD, written dword:xxxxxxxx");
        assertThat(folder.resolve("out.yaml")).doesNotExist();
    }

    @Test
    void aMalformedZoneFileNamesItsLine() throws IOException {
        Path zone = TestFiles.write(folder, "contoso.com.dns", """
                @    IN SOA ns1.contoso.com. hostmaster.contoso.com. 1 900 600 86400 3600
                @    IN NS  ns1
                sip  IN A   10.20.4.999
                """);

        CliRun run = CliRun.of("gather", "--domain", "contoso.com", "--zone-file", zone.toString(), "--out",
                folder.resolve("out.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(zone + ":3: error: not a valid zone file: ");
    }

    @Test
    void twoSourcesOfDnsAnswersAreRefused() throws IOException {
        CliRun run = CliRun.of("gather", "--domain", "contoso.com", "--zone-file", "x.dns", "--dns-server",
                "127.0.0.1:53", "--out", folder.resolve("out.yaml").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("give one of them");
    }

    @Test
    void gatherWithNothingToGatherAndDiagnoseWithNoFactsAreRefused() {
        assertThat(CliRun.of("gather", "--out", "x.yaml").err()).contains("nothing to gather");
        CliRun diagnose = CliRun.of("diagnose");
        assertThat(diagnose.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(diagnose.err()).contains("give a facts FILE, something to gather");
    }

    @Test
    void aBinaryEventLogIsRefusedWithWhatToDoInstead() throws IOException {
        Path evtx = folder.resolve("Application.evtx");
        Files.write(evtx, new byte[] {'E', 'l', 'f', 'F', 'i', 'l', 'e', 0, 0, 0, 0, 0, 1, 2, 3});

        CliRun run = CliRun.of("diagnose", "--log", evtx.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(evtx + ": error: a binary .evtx event log; in Event Viewer use Save All Events As");
    }

    @Test
    void helpListsTheGatherOptionsOnBothVerbs() {
        assertThat(CliRun.of("gather", "--help").out()).contains("--domain=DOMAIN").contains("--reg=FILE")
                .contains("--role=ROLE").contains("--out=FILE").contains("--probe-tcp");
        assertThat(CliRun.of("diagnose", "--help").out()).contains("--dns-server=HOST[:PORT]").contains("--zone-file")
                .contains("--tls=HOST:PORT").contains("--log=FILE");
        assertThat(CliRun.of("--help").out()).contains("gather");
    }
}
