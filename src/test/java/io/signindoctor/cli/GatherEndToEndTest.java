package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.testing.LoopbackServer;
import io.signindoctor.testing.TestCertificates;
import io.signindoctor.testing.TestFiles;
import io.signindoctor.testing.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference document's DNS, certificate, policy, registry and log scenarios, each diagnosed from gathered facts
 * alone: gather against a real dnsmasq and a real openssl s_server on loopback (or from files), then diagnose the
 * facts file it wrote, both through the real command line.
 */
class GatherEndToEndTest {

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static LoopbackServer dns;
    private static int closedPort;

    @BeforeAll
    static void startDns() throws Exception {
        closedPort = Tools.freePort();
        dns = LoopbackServer.dnsmasq(shared, List.of(
                // contoso.com: every record in place
                "local=/contoso.com/",
                "srv-host=_sipinternaltls._tcp.contoso.com,sip.contoso.com,5061",
                "srv-host=_sipinternal._tcp.contoso.com,sip.contoso.com,5060",
                "host-record=sip.contoso.com,127.0.0.1",
                "host-record=ocs-pool01.corp.contoso.com,127.0.0.1",
                // adatum.com: the SRV records were never created
                "local=/adatum.com/",
                "host-record=sip.adatum.com,127.0.0.1",
                // tailspintoys.com: the TLS SRV record on a port nothing listens on
                "local=/tailspintoys.com/",
                "srv-host=_sipinternaltls._tcp.tailspintoys.com,sip.tailspintoys.com," + closedPort,
                "host-record=sip.tailspintoys.com,127.0.0.1",
                // fabrikam.com: SIP domain served by the contoso pool, with no sip.fabrikam.com
                "local=/fabrikam.com/",
                "srv-host=_sipinternaltls._tcp.fabrikam.com,ocs-pool01.corp.contoso.com,5061",
                // litware.com: the SRV record names the pool, which strict naming refuses
                "local=/litware.com/",
                "srv-host=_sipinternaltls._tcp.litware.com,ocs-pool01.corp.litware.com,5061",
                "host-record=ocs-pool01.corp.litware.com,127.0.0.1"));
    }

    @AfterAll
    static void stopDns() throws InterruptedException {
        dns.close();
    }

    private Path gathered(String... options) {
        Path out = folder.resolve("gathered.yaml");
        String[] args = new String[options.length + 3];
        args[0] = "gather";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "--out";
        args[options.length + 2] = out.toString();
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(out).exists();
        return out;
    }

    private static String topCause(Path facts) throws IOException {
        CliRun run = CliRun.of("diagnose", "--format", "json", facts.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        var top = new ObjectMapper().readTree(run.out()).get("top");
        return top.isNull() ? null : top.asText();
    }

    /** A .reg file exactly as regedit writes it: UTF-16LE with a byte-order mark and CRLF line ends. */
    private Path regeditExport(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        String text = "\uFEFFWindows Registry Editor Version 5.00\r\n\r\n" + String.join("\r\n", lines) + "\r\n\r\n";
        Files.write(file, text.getBytes(StandardCharsets.UTF_16LE));
        return file;
    }

    @Test
    void allRecordsInPlaceGiveNoCauseAndEveryLookupCitesTheServer() throws IOException {
        Path facts = gathered("--domain", "contoso.com", "--dns-server", dns.address());

        assertThat(topCause(facts)).isNull();
        assertThat(Files.readString(facts))
                .contains("- name: _sipinternaltls._tcp.contoso.com   # probe dns SRV _sipinternaltls._tcp.contoso.com via "
                        + dns.address())
                .contains("target: sip.contoso.com").contains("port: 5061")
                .contains("name: _sip._tls.contoso.com").contains("result: nxdomain")
                .contains("name: sipexternal.contoso.com")
                .contains("sip-domain: contoso.com   # answer to --domain");
    }

    @Test
    void missingSrvRecordsAreDiagnosedFromGatheredFactsAlone() throws IOException {
        Path facts = gathered("--domain", "adatum.com", "--dns-server", dns.address());

        assertThat(topCause(facts)).isEqualTo("dns-srv-records-missing-or-wrong");
        assertThat(Files.readString(facts)).contains("name: _sipinternaltls._tcp.adatum.com")
                .contains("result: nxdomain");
    }

    @Test
    void anSrvRecordOnTheWrongPortIsDiagnosedAndTheClosedPortIsAConnectFailure() throws IOException {
        Path facts = gathered("--domain", "tailspintoys.com", "--dns-server", dns.address(), "--probe-tcp",
                "--timeout", "2");

        assertThat(topCause(facts)).isEqualTo("dns-srv-records-missing-or-wrong");
        assertThat(Files.readString(facts))
                .contains("- kind: connect-failure   # probe tcp connect sip.tailspintoys.com:" + closedPort)
                .contains("server: sip.tailspintoys.com").contains("port: " + closedPort).contains("code: 10061");
    }

    @Test
    void aSipDomainThatDiffersFromTheServersDomainNeedsSipDotDomain() throws IOException {
        Path facts = gathered("--domain", "fabrikam.com", "--dns-server", dns.address());

        assertThat(topCause(facts)).isEqualTo("dns-srv-records-missing-or-wrong");
        CliRun run = CliRun.of("diagnose", facts.toString());
        assertThat(run.out()).contains("DNS-006").contains("DNS-007");
    }

    @Test
    void thePublishedNameMissingFromTheCertificateIsDiagnosed() throws Exception {
        TestCertificates ca = TestCertificates.in(folder);
        try (LoopbackServer server = LoopbackServer.tls(folder, ca.issue("ocs-pool01.corp.contoso.com",
                List.of("ocs-pool01.corp.contoso.com", "ocs-fe01.corp.contoso.com")))) {
            Path facts = gathered("--domain", "contoso.com", "--dns-server", dns.address(), "--tls",
                    "sip.contoso.com:" + server.port());

            assertThat(topCause(facts)).isEqualTo("dns-name-not-on-certificate");
            assertThat(Files.readString(facts))
                    .contains("- server: \"sip.contoso.com:" + server.port() + "\"   # probe tls handshake sip.contoso.com:"
                            + server.port() + " (127.0.0.1)")
                    .contains("subject: ocs-pool01.corp.contoso.com")
                    .contains("alternative-names: [ocs-pool01.corp.contoso.com, ocs-fe01.corp.contoso.com]")
                    .contains("issuer: \"CN=Contoso Test Issuing CA\"");
        }
    }

    @Test
    void aMatchingOrWildcardCertificateGivesNoCause() throws Exception {
        TestCertificates ca = TestCertificates.in(folder);
        for (TestCertificates.Issued certificate : List.of(
                ca.issue("ocs-pool01.corp.contoso.com", List.of("ocs-pool01.corp.contoso.com", "sip.contoso.com")),
                ca.issue("*.contoso.com", List.of("*.contoso.com")))) {
            try (LoopbackServer server = LoopbackServer.tls(folder, certificate)) {
                Path facts = gathered("--domain", "contoso.com", "--dns-server", dns.address(), "--tls",
                        "sip.contoso.com:" + server.port());

                assertThat(topCause(facts)).isNull();
                assertThat(CliRun.of("diagnose", "--explain", facts.toString()).out()).contains("CERT-003");
            }
        }
    }

    @Test
    void anExpiredCertificateIsReportedWithItsExpiry() throws Exception {
        TestCertificates ca = TestCertificates.in(folder);
        try (LoopbackServer server = LoopbackServer.tls(folder, ca.issueExpired("sip.contoso.com", List.of("sip.contoso.com")))) {
            Path out = folder.resolve("expired.yaml");
            CliRun run = CliRun.of("gather", "--dns-server", dns.address(), "--tls", "sip.contoso.com:" + server.port(),
                    "--out", out.toString());

            assertThat(run.out()).contains("covers sip.contoso.com: yes").contains("EXPIRED on 2020-02-01T00:00:00Z");
            assertThat(Files.readString(out)).contains("not-after: \"2020-02-01T00:00:00Z\"");
        }
    }

    @Test
    void strictNamingFromARegeditExportRefusesThePoolName() throws IOException {
        Path policy = regeditExport("client-policies.reg",
                "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Communicator]",
                "\"EnableStrictDNSNaming\"=dword:00000001",
                "",
                "[HKEY_CURRENT_USER\\Software\\Policies\\Microsoft\\Communicator]",
                "\"EnableStrictDNSNaming\"=dword:00000000");

        Path facts = gathered("--domain", "litware.com", "--dns-server", dns.address(), "--reg", policy.toString(),
                "--role", "client");

        assertThat(topCause(facts)).isEqualTo("strict-dns-naming-violation");
        assertThat(Files.readString(facts)).contains("computer: enabled   # " + policy + ":4")
                .contains("user: disabled   # " + policy + ":7");
    }

    @Test
    void ntlmMinimumSecurityMismatchFromTwoRegistryExports() throws IOException {
        Path client = regeditExport("laptop.reg",
                "[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0]",
                "\"auditbasedpolicy\"=hex:00,00,00,00,\\",
                "  00,00",
                "\"NtlmMinClientSec\"=dword:00080000",
                "\"NtlmMinServerSec\"=dword:00080000");
        Path server = TestFiles.write(folder, "frontend.reg", """
                Windows Registry Editor Version 5.00

                [HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\MSV1_0]
                "NtlmMinClientSec"=dword:20080030
                "NtlmMinServerSec"=dword:20080030
                """);

        Path facts = gathered("--reg", client.toString(), "--role", "client", "--reg", server.toString(), "--role",
                "server");

        assertThat(topCause(facts)).isEqualTo("ntlm-min-security-mismatch");
        assertThat(Files.readString(facts)).contains("value: \"0x00080000\"").contains("value: \"0x20080030\"")
                .contains("- machine: client   # " + client + ":7")
                .contains("- machine: server   # " + server + ":5");
    }

    @Test
    void aConnectFailureToAnIpAddressInTheEventLogPointsAtManualSettings() throws IOException {
        Path log = TestFiles.write(folder, "communicator-events.txt", String.join("\r\n",
                "Level\tDate and Time\tSource\tEvent ID\tTask Category",
                "Error\t7/20/2009 10:15:32 AM\tCommunicator\t7\tNone\tCommunicator failed to connect to server "
                        + "192.168.0.2 (192.168.0.2) on port 5060 due to error 10061. The server is not listening on "
                        + "the port in question, the service is not running on this machine, the service is not "
                        + "responsive, or network connectivity doesn't exist.",
                "Error\t7/20/2009 10:16:02 AM\tCommunicator\t7\tNone\tCommunicator failed to connect to server "
                        + "192.168.0.2 (192.168.0.2) on port 5060 due to error 10061.",
                ""));

        Path facts = gathered("--log", log.toString());

        assertThat(topCause(facts)).isEqualTo("manual-server-not-fqdn");
        assertThat(Files.readString(facts)).containsOnlyOnce("kind: connect-failure")
                .contains("- kind: connect-failure   # text at " + log + ":2")
                .contains("server: \"192.168.0.2\"").contains("port: 5060").contains("code: 10061");
    }

    @Test
    void gatheredFactsJoinAFactsFileInDiagnose() throws IOException {
        Path known = TestFiles.write(folder, "known.yaml", """
                case: "INC-1: nobody signs in"
                symptom: {sign-in: fails, affected: all-users}
                """);

        CliRun run = CliRun.of("diagnose", known.toString(), "--domain", "adatum.com", "--dns-server", dns.address());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("Sign-in Doctor diagnosis: INC-1").contains("cause: dns-srv-records-missing-or-wrong")
                .contains("[probe dns SRV _sipinternaltls._tcp.adatum.com via " + dns.address() + "]");
        assertThat(run.err()).contains("gather: dns: 9 answers for adatum.com");
    }

    @Test
    void aZoneFileExportIsAnsweredOfflineWithEachRecordCitingItsLine() throws IOException {
        Path zone = TestFiles.write(folder, "adatum.com.dns", """
                ;  Database file adatum.com.dns for adatum.com zone.
                @                       IN  SOA ns1.adatum.com.  hostmaster.adatum.com. (
                                        2009072001 900 600 86400 3600 )
                @                       IN  NS  ns1
                ns1                     IN  A   127.0.0.1
                sip                     IN  A   127.0.0.1
                _sip._tls               IN  SRV 0 0 443 sip.adatum.com.
                """);

        Path facts = gathered("--domain", "adatum.com", "--zone-file", zone.toString());

        assertThat(topCause(facts)).isEqualTo("dns-srv-records-missing-or-wrong");
        assertThat(Files.readString(facts))
                .contains("- name: _sipinternaltls._tcp.adatum.com   # " + zone + "\n    type: SRV\n    result: nxdomain")
                .contains("- name: _sip._tls.adatum.com   # " + zone + ":7")
                .contains("- name: sip.adatum.com   # " + zone + ":6");
    }
}
