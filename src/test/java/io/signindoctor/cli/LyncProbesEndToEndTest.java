package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import io.signindoctor.testing.AutodiscoverServer;
import io.signindoctor.testing.JavaTlsServer;
import io.signindoctor.testing.LoopbackServer;
import io.signindoctor.testing.TestCertificates;
import io.signindoctor.testing.TestCertificates.Issued;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Lync and Skype for Business causes a probe can see, each diagnosed from probes alone: gather against real
 * servers the test starts on loopback (dnsmasq for the lyncdiscover names, an HTTPS and HTTP Autodiscover service,
 * a TLS registrar answering REGISTER, TLS servers that take TLS 1.2 only or need SNI), then diagnose the facts file
 * it wrote, both through the real command line. Answers that are not what a probe asked for become facts or notes.
 */
class LyncProbesEndToEndTest {

    private static final String PASSWORD = "changeit";
    private static final String XML = "application/vnd.microsoft.rtc.autodiscover+xml; v=1";
    private static final String USER_PATH = "/Autodiscover/AutodiscoverService.svc/root/user";

    @TempDir
    static Path shared;

    @TempDir
    Path folder;

    private static LoopbackServer dns;
    private static TestCertificates ca;
    private static Path webCertificate;

    @BeforeAll
    static void start() throws Exception {
        dns = LoopbackServer.dnsmasq(shared, List.of(
                // contoso.com: Autodiscover published, the web services and pools under the SIP domain
                "local=/contoso.com/",
                "srv-host=_sipinternaltls._tcp.contoso.com,pool01.contoso.com,5061",
                "host-record=lyncdiscoverinternal.contoso.com,127.0.0.1",
                "host-record=lyncdiscover.contoso.com,127.0.0.1",
                "host-record=lyncweb.contoso.com,127.0.0.1",
                "host-record=pool02.contoso.com,127.0.0.1",
                "host-record=pool01.contoso.com,127.0.0.1",
                "host-record=sts.contoso.com,127.0.0.1",
                // adatum.com: no Autodiscover name at all
                "local=/adatum.com/",
                // litware.com: lyncdiscover is an alias of a hosting provider's name
                "local=/litware.com/",
                "local=/fabrikam-hosting.net/",
                "host-record=lyncdiscoverinternal.litware.com,127.0.0.1",
                "host-record=webdir.fabrikam-hosting.net,127.0.0.1",
                "cname=lyncdiscover.litware.com,webdir.fabrikam-hosting.net"));
        ca = TestCertificates.in(shared);
        webCertificate = ca.pkcs12(ca.issue("lyncweb.contoso.com", List.of("lyncweb.contoso.com",
                "lyncdiscoverinternal.contoso.com", "lyncdiscover.contoso.com", "pool02.contoso.com")), PASSWORD);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        dns.close();
    }

    /** The root document of MS-OCDISCWS: Link elements with token and href under Root. */
    private static String root(String... links) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<AutodiscoverResponse "
                + "AccessLocation=\"Internal\">\n  <Root>\n");
        for (int i = 0; i < links.length; i += 2) {
            xml.append("    <Link token=\"").append(links[i]).append("\" href=\"").append(links[i + 1]).append("\"/>\n");
        }
        return xml.append("  </Root>\n</AutodiscoverResponse>\n").toString();
    }

    /** A healthy service: the root names the user link on lyncweb, which answers 401 with the web ticket service. */
    private static void healthy(HttpExchange exchange, AutodiscoverServer server) throws IOException {
        String base = server.httpsBase("lyncweb.contoso.com");
        if (exchange.getRequestURI().getPath().equals(USER_PATH)) {
            exchange.getResponseHeaders().set("X-MS-WebTicketURL", base + "/WebTicket/WebTicketService.svc");
            AutodiscoverServer.reply(exchange, 401, null, "");
        } else if (exchange.getRequestURI().getPath().equals("/")
                || exchange.getRequestURI().getPath().endsWith("/root")) {
            AutodiscoverServer.reply(exchange, 200, XML, root("Self", "/Autodiscover/AutodiscoverService.svc/root",
                    "User", base + USER_PATH + "?originalDomain=contoso.com"));
        } else {
            AutodiscoverServer.reply(exchange, 404, "text/html", "<html><body>Not Found</body></html>");
        }
    }

    private Path gathered(String... options) {
        Path out = folder.resolve("gathered.yaml");
        List<String> args = new ArrayList<>(List.of("gather"));
        args.addAll(List.of(options));
        args.addAll(List.of("--out", out.toString()));
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.OK);
        return out;
    }

    private static JsonNode diagnosis(Path... facts) throws IOException {
        List<String> args = new ArrayList<>(List.of("diagnose", "--format", "json"));
        args.add(facts[0].toString());
        CliRun run = CliRun.of(args.toArray(new String[0]));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        return new ObjectMapper().readTree(run.out());
    }

    private static String top(JsonNode diagnosis) {
        return diagnosis.get("top").isNull() ? null : diagnosis.get("top").asText();
    }

    private static List<String> shown(JsonNode diagnosis) {
        List<String> causes = new ArrayList<>();
        diagnosis.get("causes").forEach(cause -> {
            if (cause.get("shown").asBoolean()) {
                causes.add(cause.get("cause").asText());
            }
        });
        return causes;
    }

    @Test
    void aHealthyAutodiscoverServiceIsRecordedHopByHopAndGivesNoAutodiscoverCause() throws Exception {
        try (AutodiscoverServer server = AutodiscoverServer.start(webCertificate, PASSWORD,
                LyncProbesEndToEndTest::healthy)) {
            Path facts = gathered("--domain", "contoso.com", "--dns-server", dns.address(), "--autodiscover",
                    "--sip-uri", "jdoe@contoso.com", "--web-ports", server.webPorts());

            String text = Files.readString(facts);
            assertThat(text).contains("url: \"https://lyncdiscoverinternal.contoso.com:" + server.httpsPort()
                            + "/?sipuri=jdoe@contoso.com\"")
                    .contains("url: \"http://lyncdiscover.contoso.com:" + server.httpPort())
                    .contains("status: 200").contains("document: xml").contains("{token: User, href: ")
                    .contains("status: 401").contains("web-ticket: \"" + server.httpsBase("lyncweb.contoso.com")
                            + "/WebTicket/WebTicketService.svc\"")
                    .contains("server: \"lyncdiscover.contoso.com:" + server.httpsPort() + "\"")
                    .contains("chain-root: \"CN=Contoso Test Issuing CA\"").contains("public-root: false")
                    .contains("date: ").contains("clock-offset: ");
            JsonNode diagnosis = diagnosis(facts);
            assertThat(shown(diagnosis)).doesNotContain("autodiscover-record-missing",
                    "autodiscover-name-not-on-certificate", "web-services-outside-sip-domain", "clock-skew")
                    .contains("certificate-root-not-trusted");
        }
    }

    @Test
    void aCertificateWithoutTheAutodiscoverNameIsDiagnosed() throws Exception {
        Path store = ca.pkcs12(ca.issue("pool01.contoso.com", List.of("pool01.contoso.com")), PASSWORD);
        try (AutodiscoverServer server = AutodiscoverServer.start(store, PASSWORD, LyncProbesEndToEndTest::healthy)) {
            Path facts = gathered("--domain", "contoso.com", "--dns-server", dns.address(), "--autodiscover",
                    "--web-ports", server.webPorts());

            assertThat(top(diagnosis(facts))).isEqualTo("autodiscover-name-not-on-certificate");
            assertThat(Files.readString(facts)).contains("?sipuri=user@contoso.com");
        }
    }

    @Test
    void anExpiredCertificateIsReportedWithItsDate() throws Exception {
        Path store = ca.pkcs12(ca.issueExpired("lyncweb.contoso.com", List.of("lyncdiscoverinternal.contoso.com",
                "lyncdiscover.contoso.com", "lyncweb.contoso.com")), PASSWORD);
        try (AutodiscoverServer server = AutodiscoverServer.start(store, PASSWORD, LyncProbesEndToEndTest::healthy)) {
            CliRun run = CliRun.of("gather", "--domain", "contoso.com", "--dns-server", dns.address(),
                    "--autodiscover", "--web-ports", server.webPorts(), "--out", folder.resolve("e.yaml").toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("EXPIRED on 2020-02-01T00:00:00Z");
        }
    }

    @Test
    void missingAutodiscoverNamesAreDiagnosedAndNotAsked() throws IOException {
        CliRun run = CliRun.of("gather", "--domain", "adatum.com", "--dns-server", dns.address(), "--autodiscover",
                "--out", folder.resolve("a.yaml").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("lyncdiscoverinternal.adatum.com has no address, so it was not asked");
        assertThat(top(diagnosis(folder.resolve("a.yaml")))).isEqualTo("autodiscover-record-missing");
    }

    @Test
    void anAliasIntoAnotherDomainIsDiagnosed() throws Exception {
        try (AutodiscoverServer server = AutodiscoverServer.start(webCertificate, PASSWORD,
                LyncProbesEndToEndTest::healthy)) {
            Path facts = gathered("--domain", "litware.com", "--dns-server", dns.address(), "--autodiscover",
                    "--web-ports", server.webPorts());

            assertThat(Files.readString(facts)).contains("name: lyncdiscover.litware.com")
                    .contains("type: CNAME").contains("target: webdir.fabrikam-hosting.net");
            assertThat(shown(diagnosis(facts))).contains("autodiscover-cname-other-domain");
        }
    }

    @Test
    void linksOutsideTheSipDomainAreDiagnosedAndNotFollowed() throws Exception {
        try (AutodiscoverServer server = AutodiscoverServer.start(webCertificate, PASSWORD, (exchange, self) ->
                AutodiscoverServer.reply(exchange, 200, XML, root("User",
                        "https://lyncweb.corp.contoso.local/Autodiscover/AutodiscoverService.svc/root/user")))) {
            CliRun run = CliRun.of("gather", "--domain", "contoso.com", "--dns-server", dns.address(),
                    "--autodiscover", "--web-ports", server.webPorts(), "--out", folder.resolve("o.yaml").toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("lies outside contoso.com; not followed");
            assertThat(shown(diagnosis(folder.resolve("o.yaml")))).contains("web-services-outside-sip-domain");
        }
    }

    @Test
    void aRedirectWithinTheDomainIsFollowedToTheHomePool() throws Exception {
        try (AutodiscoverServer server = AutodiscoverServer.start(webCertificate, PASSWORD, (exchange, self) -> {
            String host = exchange.getRequestHeaders().getFirst("Host");
            if (host.startsWith("lyncdiscover")) {
                AutodiscoverServer.reply(exchange, 200, XML, root("Redirect", self.httpsBase("pool02.contoso.com")
                        + "/Autodiscover/AutodiscoverService.svc/root?sipuri=jdoe@contoso.com"));
            } else {
                healthy(exchange, self);
            }
        })) {
            Path facts = gathered("--domain", "contoso.com", "--dns-server", dns.address(), "--autodiscover",
                    "--web-ports", server.webPorts());

            assertThat(Files.readString(facts)).contains("{token: Redirect, href: ")
                    .contains("url: \"" + server.httpsBase("pool02.contoso.com")
                            + "/Autodiscover/AutodiscoverService.svc/root?sipuri=jdoe@contoso.com\"")
                    .contains("status: 401");
        }
    }

    @Test
    void badAnswersBecomeFactsAndNotesNeverAHang() throws Exception {
        try (AutodiscoverServer server = AutodiscoverServer.start(webCertificate, PASSWORD, (exchange, self) -> {
            String host = exchange.getRequestHeaders().getFirst("Host");
            String path = exchange.getRequestURI().getPath();
            if (host.startsWith("lyncdiscoverinternal")) {
                int hop = path.startsWith("/hop") ? Integer.parseInt(path.substring(4)) : 0;
                exchange.getResponseHeaders().set("Location", "/hop" + (hop + 1));
                AutodiscoverServer.reply(exchange, 302, null, "");
            } else if (path.equals("/")) {
                AutodiscoverServer.reply(exchange, 200, "text/html", "<html><body>Welcome</body></html>");
            } else {
                AutodiscoverServer.reply(exchange, 404, "text/html", "<html>Not Found</html>");
            }
        })) {
            CliRun run = CliRun.of("gather", "--domain", "contoso.com", "--dns-server", dns.address(),
                    "--autodiscover", "--web-ports", server.webPorts(), "--out", folder.resolve("b.yaml").toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("stopped after 5 hops from https://lyncdiscoverinternal.contoso.com");
            assertThat(Files.readString(folder.resolve("b.yaml"))).contains("status: 302").contains("/hop5")
                    .contains("document: other").contains("content-type: \"text/html\"");
        }
    }

    /** Answers every REGISTER with the given reply and checks that no credential was ever sent. */
    private static JavaTlsServer registrar(Path store, String reply) throws Exception {
        return JavaTlsServer.start(store, PASSWORD, List.of("TLSv1.2", "TLSv1.3"), false, socket -> {
            List<String> request = readHead(socket);
            assertThat(request.get(0)).startsWith("REGISTER sip:contoso.com SIP/2.0");
            assertThat(request).noneMatch(line -> line.toLowerCase().startsWith("authorization"));
            OutputStream out = socket.getOutputStream();
            out.write(reply.getBytes(StandardCharsets.UTF_8));
            out.flush();
        });
    }

    private static List<String> readHead(Socket socket) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null && !line.isEmpty() && lines.size() < 100) {
            lines.add(line);
        }
        return lines;
    }

    private static String date(long secondsFromNow) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(secondsFromNow));
    }

    @Test
    void aRegistrarWhoseClockIsFifteenMinutesAheadIsDiagnosedFromItsChallenge() throws Exception {
        Issued pool = ca.issue("pool01.contoso.com", List.of("pool01.contoso.com", "sip.contoso.com"));
        String challenge = "SIP/2.0 401 Unauthorized\r\n"
                + "Date: " + date(900) + "\r\n"
                + "WWW-Authenticate: NTLM opaque=\"\", realm=\"SIP Communications Service\", "
                + "targetname=\"fe01.contoso.com\", version=4\r\n"
                + "WWW-Authenticate: Kerberos opaque=\"\", realm=\"SIP Communications Service\", "
                + "targetname=\"sip/fe01.contoso.com\", version=4\r\n"
                + "WWW-Authenticate: TLS-DSK opaque=\"\", realm=\"SIP Communications Service\", "
                + "targetname=\"fe01.contoso.com\", version=4, sts-uri=\"https://pool01.contoso.com:443/CertProv/"
                + "CertProvisioningService.svc\"\r\n"
                + "Content-Length: 0\r\n\r\n";
        try (JavaTlsServer server = registrar(ca.pkcs12(pool, PASSWORD), challenge)) {
            Path facts = gathered("--dns-server", dns.address(), "--sip-challenge",
                    "pool01.contoso.com:" + server.port(), "--sip-uri", "sip:jdoe@contoso.com");

            assertThat(Files.readString(facts)).contains("status: 401")
                    .contains("{scheme: NTLM, realm: \"SIP Communications Service\", targetname: fe01.contoso.com, "
                            + "version: \"4\"}")
                    .contains("{scheme: Kerberos").contains("sts-uri: ")
                    .containsPattern("clock-offset: (899|900|901)");
            assertThat(top(diagnosis(facts))).isEqualTo("clock-skew");
        }
    }

    @Test
    void refusalsKeepTheirDiagnosticsAndAnswersThatAreNotSipBecomeFacts() throws Exception {
        Path store = ca.pkcs12(ca.issue("pool01.contoso.com", List.of("pool01.contoso.com")), PASSWORD);
        String notFound = "SIP/2.0 404 Not Found\r\nDate: " + date(0) + "\r\nms-diagnostics: 4005;reason=\"Destination "
                + "URI either not enabled for SIP or does not exist\";source=\"pool01.contoso.com\"\r\n"
                + "Content-Length: 0\r\n\r\n";
        try (JavaTlsServer server = registrar(store, notFound)) {
            Path facts = gathered("--dns-server", dns.address(), "--sip-challenge",
                    "pool01.contoso.com:" + server.port(), "--sip-uri", "jdoe@contoso.com");
            assertThat(Files.readString(facts)).contains("status: 404").contains("code-type: ms-diagnostics")
                    .contains("code: 4005").contains("clock-offset: ");
        }
        try (JavaTlsServer server = registrar(store, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n")) {
            Path facts = gathered("--dns-server", dns.address(), "--sip-challenge",
                    "pool01.contoso.com:" + server.port(), "--sip-uri", "jdoe@contoso.com");
            assertThat(Files.readString(facts)).contains("result: not-sip");
        }
        try (JavaTlsServer silent = JavaTlsServer.start(store, PASSWORD, List.of("TLSv1.2"), false, socket -> {
            readHead(socket);
            socket.getInputStream().read();
        })) {
            Path facts = gathered("--dns-server", dns.address(), "--timeout", "1", "--sip-challenge",
                    "pool01.contoso.com:" + silent.port(), "--sip-uri", "jdoe@contoso.com");
            assertThat(Files.readString(facts)).contains("result: no-answer");
        }
    }

    @Test
    void aServerThatTakesTls12OnlyIsDiagnosedWhenSignInFails() throws Exception {
        Path store = ca.pkcs12(ca.issue("pool01.contoso.com", List.of("pool01.contoso.com")), PASSWORD);
        try (JavaTlsServer server = JavaTlsServer.start(store, PASSWORD, List.of("TLSv1.2"), false, socket -> { })) {
            Path facts = gathered("--dns-server", dns.address(), "--tls", "pool01.contoso.com:" + server.port());
            String text = Files.readString(facts);
            assertThat(text).contains("accepts: [TLSv1.2]").contains("refuses: [TLSv1, TLSv1.1, TLSv1.3]")
                    .contains("without-sni: same-certificate");
            assertThat(top(diagnosis(facts))).isNull();

            Files.writeString(facts, "symptom: {sign-in: fails}\n" + text.replaceFirst("(?m)^#.*\n", ""));
            assertThat(top(diagnosis(facts))).isEqualTo("tls-version-unsupported-by-client");
        }
    }

    @Test
    void aServerThatNeedsSniAndACertificateWithAnLdapOnlyCrlAreDiagnosed() throws Exception {
        Path store = ca.pkcs12(ca.issueWith("sts.contoso.com", List.of("sts.contoso.com"), List.of(
                "crlDistributionPoints=URI:ldap:///CN=Contoso%20Test%20Issuing%20CA?certificateRevocationList")), PASSWORD);
        try (JavaTlsServer server = JavaTlsServer.start(store, PASSWORD, List.of("TLSv1.2", "TLSv1.3"), true,
                socket -> { })) {
            Path facts = gathered("--dns-server", dns.address(), "--tls", "sts.contoso.com:" + server.port());

            assertThat(Files.readString(facts)).contains("without-sni: refused")
                    .contains("crl-urls: [\"ldap:///CN=Contoso%20Test%20Issuing%20CA");
            assertThat(shown(diagnosis(facts))).contains("sni-not-supported", "crl-not-reachable-over-http");
        }
    }
}
