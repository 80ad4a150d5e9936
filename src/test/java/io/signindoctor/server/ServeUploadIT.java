package io.signindoctor.server;

import static io.signindoctor.server.ServeApiIT.TICKET;
import static io.signindoctor.server.ServeApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.cli.SignInDoctor;
import io.signindoctor.gather.HostPort;
import io.signindoctor.testing.LoopbackServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What serve reads besides a facts document and a ticket, through a real HTTP client against started servers on
 * 127.0.0.1: uploaded artifacts read by gather's readers, a classify mapping sent with its export, probes confined
 * to the request's domain (asked of dnsmasq on loopback), and the time limit on a request that asks a DNS server
 * that never answers.
 */
class ServeUploadIT {

    private static final Path ARTIFACTS = Path.of("examples/artifacts");

    @TempDir
    static Path shared;

    private static DiagnosisServer server;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        server = Servers.start();
        api = new Api("http://127.0.0.1:" + server.port(), null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<String> facts(JsonNode diagnosis) {
        List<String> facts = new ArrayList<>();
        diagnosis.path("facts").forEach(fact -> facts.add(fact.path("fact").asText()));
        return facts;
    }

    @Test
    void anUploadedEventLogIsReadByGathersReaderAndItsFactsCiteTheFileAndLine() throws Exception {
        Api.Reply reply = api.postForm("/api/diagnose", List.of(Api.Part.field("text", ""),
                Api.Part.file("artifact", ARTIFACTS.resolve("communicator-events-manual-ip.xml"))));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode diagnosis = reply.json();
        assertThat(diagnosis.path("top").asText()).isEqualTo("manual-server-not-fqdn");
        assertThat(diagnosis.path("facts").findValuesAsText("where")).contains("communicator-events-manual-ip.xml");
        assertThat(diagnosis.path("facts").findValues("line")).allMatch(line -> line.asInt() > 0);
    }

    @Test
    void everyArtifactKindIsReadAsTheCommandLineReadsIt() throws Exception {
        JsonNode listing = api.postForm("/api/diagnose", List.of(Api.Part.field("domain", "contoso.com"),
                Api.Part.file("dns-listing", ARTIFACTS.resolve("nslookup-no-srv.txt")))).json();
        JsonNode trace = api.postForm("/api/diagnose", List.of(
                Api.Part.file("artifact", ARTIFACTS.resolve("lync-uccapi-ntlm-mismatch.uccapilog")))).json();
        JsonNode registry = api.postForm("/api/diagnose", List.of(
                Api.Part.file("registry-client", Path.of("examples/gather/laptop.reg")),
                Api.Part.file("registry-server", Path.of("examples/gather/frontend.reg")))).json();

        assertThat(listing.path("top").asText()).as("answered from the listing, offline: this server may not probe")
                .isEqualTo("dns-srv-records-missing-or-wrong");
        assertThat(trace.path("top").asText()).isEqualTo("ntlm-min-security-mismatch");
        assertThat(facts(registry)).anyMatch(fact -> fact.contains("NtlmMinServerSec"))
                .anyMatch(fact -> fact.contains("NtlmMinClientSec"));
    }

    @Test
    void aBadUploadIsAProblemNamingThePartTheFileAndTheLine() throws Exception {
        Api.Reply broken = api.postForm("/api/diagnose", List.of(Api.Part.file("registry-client", "laptop.reg",
                "Windows Registry Editor Version 5.00\r\n\r\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control"
                        + "\\Lsa\\MSV1_0]\r\n\"NtlmMinClientSec\"=\"not a dword\"\r\n")));
        Api.Reply unrolled = api.postForm("/api/diagnose", List.of(Api.Part.file("artifact", "laptop.reg",
                "Windows Registry Editor Version 5.00\r\n")));
        Api.Reply unknownPart = api.postForm("/api/diagnose", List.of(Api.Part.file("evtx", "a.evtx", "x")));

        assertProblem(broken, 400, "registry-client");
        JsonNode error = broken.json().path("errors").get(0);
        assertThat(error.path("text").asText()).startsWith("laptop.reg:4:");
        assertThat(error.path("line").asInt()).isEqualTo(4);
        assertProblem(unrolled, 400, "artifact");
        assertThat(unrolled.json().path("detail").asText()).contains("registry-client or registry-server");
        assertProblem(unknownPart, 400, "evtx");
    }

    @Test
    void anUploadOverTheLimitIsRefusedAndTheNextRequestIsServed() throws Exception {
        byte[] large = new byte[(int) ServerSettings.Limits.defaults().maxArtifact() + 1];
        java.util.Arrays.fill(large, (byte) 'a');

        Api.Reply refused = api.postForm("/api/diagnose", List.of(new Api.Part("log", "big.log", large)));

        assertProblem(refused, 413, "log");
        assertThat(api.post("/api/diagnose", "text/plain", TICKET).status()).isEqualTo(200);
    }

    @Test
    void classifyTakesAMappingWithItsExportAndRefusesABadOneNamingTheMapping() throws Exception {
        Path export = Path.of("examples/export/incidents.csv");
        Path mapping = Path.of("examples/export/mapping.yaml");

        Api.Reply mapped = api.postForm("/api/classify", List.of(Api.Part.file("mapping", mapping),
                Api.Part.file("export", export)));
        Api.Reply bad = api.postForm("/api/classify", List.of(Api.Part.file("mapping", "mapping.yaml",
                "id: number\nfacts:\n  location:\n    fact: symptom.user-locaton\n"), Api.Part.file("export", export)));
        Api.Reply noExport = api.postForm("/api/classify", List.of(Api.Part.file("mapping", mapping)));

        assertThat(mapped.status()).as(mapped.body()).isEqualTo(200);
        List<String> lines = mapped.body().lines().toList();
        assertThat(lines.get(0)).contains("\"id\":\"INC0010001\"");
        Path out = shared.resolve("classified.jsonl");
        SignInDoctor.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "classify",
                export.toString(), "--mapping", mapping.toString(), "--out", out.toString(), "--rejects",
                shared.resolve("rejects.jsonl").toString());
        assertThat(lines.stream().filter(line -> line.contains("\"status\":\"classified\"")))
                .as("the records classify writes with the same mapping")
                .hasSameSizeAs(Files.readAllLines(out).stream().filter(line -> line.contains("\"status\":\"classified\"")).toList())
                .isNotEmpty();
        assertProblem(bad, 400, "mapping");
        JsonNode error = bad.json().path("errors").get(0);
        assertThat(error.path("text").asText()).startsWith("mapping.yaml:3:").contains("symptom.user-locaton");
        assertThat(error.path("field").asText()).isEqualTo("facts.location");
        assertProblem(noExport, 400, "export");
    }

    @Test
    void probesAskOnlyAboutNamesUnderTheRequestsDomainAndSaySoInTheResult() throws Exception {
        try (LoopbackServer dns = LoopbackServer.dnsmasq(shared, List.of("log-queries",
                "local=/contoso.com/",
                "srv-host=_sipinternaltls._tcp.contoso.com,pool01.fabrikam.net,5061",
                "srv-host=_sipinternal._tcp.contoso.com,sip.contoso.com,5060",
                "host-record=sip.contoso.com,127.0.0.1",
                "local=/fabrikam.net/",
                "host-record=pool01.fabrikam.net,127.0.0.1"));
                DiagnosisServer probing = Servers.probing(new HostPort("127.0.0.1", dns.port()),
                        ServerSettings.Limits.defaults())) {
            Api client = new Api("http://127.0.0.1:" + probing.port(), null);

            Api.Reply reply = client.post("/api/diagnose?domain=contoso.com", "text/plain", TICKET);

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            JsonNode diagnosis = reply.json();
            assertThat(facts(diagnosis)).anyMatch(fact -> fact.contains("_sipinternaltls._tcp.contoso.com"))
                    .anyMatch(fact -> fact.contains("sip.contoso.com"))
                    .noneMatch(fact -> fact.startsWith("pool01.fabrikam.net"));
            assertThat(diagnosis.path("notes").toString()).contains("not looked up, outside contoso.com")
                    .contains("pool01.fabrikam.net");
            String asked = dns.log();
            assertThat(asked).contains("query[A] sip.contoso.com").doesNotContain("query[A] pool01.fabrikam.net")
                    .doesNotContain("query[AAAA] pool01.fabrikam.net");
        }
    }

    @Test
    void aRequestOverTheTimeLimitIsA503AndTheServerGoesOnServingOthers() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                DiagnosisServer probing = Servers.probing(new HostPort("127.0.0.1", silent.getLocalPort()),
                        ServerSettings.Limits.defaults().withRequestTime(Duration.ofSeconds(1)))) {
            Api client = new Api("http://127.0.0.1:" + probing.port(), null);

            List<CompletableFuture<Api.Reply>> slow = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                slow.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return client.post("/api/diagnose?domain=contoso.com", "text/plain", TICKET);
                    } catch (Exception failed) {
                        throw new IllegalStateException(failed);
                    }
                }));
            }
            Api.Reply meanwhile = client.post("/api/diagnose", "text/plain", TICKET);

            for (CompletableFuture<Api.Reply> reply : slow) {
                assertProblem(reply.get(), 503, null);
                assertThat(reply.get().json().path("detail").asText()).contains("--request-timeout");
            }
            assertThat(meanwhile.status()).isEqualTo(200);
            assertThat(client.get("/health").json().path("status").asText()).isEqualTo("ok");
            assertThat(client.post("/api/diagnose", "text/plain", TICKET).json().path("top").asText())
                    .isEqualTo("manual-server-not-fqdn");
        }
    }
}
