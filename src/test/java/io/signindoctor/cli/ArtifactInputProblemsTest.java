package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command line does with logs and listings it cannot use: a file with nothing recognised is reported and
 * the run goes on; a file that cannot be a log or listing at all stops the run with its file and line and exit 2.
 * Never an internal error.
 */
class ArtifactInputProblemsTest {

    @TempDir
    Path folder;

    @Test
    void aLogWithNothingRecognisedIsReportedAndTheRunGoesOn() throws IOException {
        Path log = TestFiles.write(folder, "notes.log", "Rebooted the laptop, user will call back.\n");
        Path listing = TestFiles.write(folder, "dns.txt", "DNS looks fine to me.\n");
        Path facts = TestFiles.write(folder, "known.yaml", "symptom: {sign-in: fails}\n");

        CliRun run = CliRun.of("diagnose", facts.toString(), "--log", log.toString(), "--dns-listing",
                listing.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.err()).contains("gather: nothing recognised in " + log)
                .contains("gather: nothing recognised in " + listing);
    }

    @Test
    void binaryDataGivenAsALogStopsTheRunNamingTheFile() throws IOException {
        Path binary = folder.resolve("trace.etl");
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7);
        }
        Files.write(binary, bytes);

        CliRun run = CliRun.of("diagnose", "--log", binary.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(binary + ": error: binary data, not a text log").doesNotContain("internal");
    }

    @Test
    void xmlBrokenBeforeItsFirstEventStopsTheRunAtItsLine() throws IOException {
        Path xml = TestFiles.write(folder, "events.xml", "<?xml version=\"1.0\"?>\n<Events>\n<Event><System></Sys>\n");

        CliRun run = CliRun.of("diagnose", "--log", xml.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(xml + ":3: error: not well-formed XML");
    }

    @Test
    void aSipTraceCutMidMessageIsReadUpToTheCutAndSaysSo() throws IOException {
        Path trace = TestFiles.write(folder, "cut.txt", "SIP/2.0 404 Not Found\n"
                + "ms-diagnostics: 4005;reason=\"Destination URI either not enabled for SIP or does not exist\"\n"
                + "From: <sip:jdoe@con");
        Path out = folder.resolve("facts.yaml");

        CliRun run = CliRun.of("gather", "--log", trace.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains(trace + ":1: the trace ends inside this message");
        assertThat(Files.readString(out)).contains("code-type: ms-diagnostics").contains("code: 4005")
                .contains("# " + trace + ":2");
    }

    @Test
    void aZoneFragmentWithRelativeNamesAndNoDomainStopsAtItsLine() throws IOException {
        Path fragment = TestFiles.write(folder, "fragment.dns", "; pasted\n_sipinternaltls._tcp IN SRV 0 0 5061 "
                + "pool.contoso.com.\n");

        CliRun run = CliRun.of("diagnose", "--dns-listing", fragment.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(fragment + ":2: error: '_sipinternaltls._tcp' is not an absolute name")
                .contains("(--domain)");
    }

    @Test
    void aZoneFileWithoutSoaPointsAtDnsListing() throws IOException {
        Path fragment = TestFiles.write(folder, "fragment.dns", "sip IN A 10.0.0.5\n");

        CliRun run = CliRun.of("diagnose", "--domain", "contoso.com", "--zone-file", fragment.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("give a fragment of a zone with --dns-listing");
    }

    @Test
    void listingsAndADnsServerAreTwoSourcesOfAnswers() {
        CliRun run = CliRun.of("diagnose", "--domain", "contoso.com", "--dns-listing", "x.txt", "--dns-server",
                "127.0.0.1:53");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains("--dns-server and --dns-listing both say where DNS answers come from");
    }
}
