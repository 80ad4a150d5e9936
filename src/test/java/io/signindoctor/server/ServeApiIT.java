package io.signindoctor.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.cli.SignInDoctor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The JSON API through a real HTTP client against a started server on 127.0.0.1: every endpoint, and every error
 * as a problem document naming the field at fault. An integration test, run by failsafe in a JVM of its own: the
 * HTTP client makes the process's first TLS context, after which TlsProbe can no longer allow TLS 1.0 for the probe
 * tests that surefire runs.
 */
class ServeApiIT {

    static final String EXAMPLE = "examples/04-manual-server-not-fqdn.yaml";
    static final String TICKET = "Reading branch user cannot sign in. Communicator uses manual configuration; "
            + "Advanced Connection Settings internal server: 192.168.0.2:5060 over TCP.\nEvent Viewer: \"Communicator "
            + "failed to connect to server 192.168.0.2 (192.168.0.2) on port 5060 due to error 10061\"";

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

    static String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SignInDoctor.run(new PrintWriter(out), new PrintWriter(err), args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    static void assertProblem(Api.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.type()).isEqualTo("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asText()).isNotEmpty();
        assertThat(problem.path("detail").asText()).isNotEmpty().doesNotContain("Exception").doesNotContain("\tat ");
        if (field != null) {
            assertThat(problem.path("field").asText()).isEqualTo(field);
        }
    }

    @Test
    void healthSaysOk() throws Exception {
        Api.Reply reply = api.get("/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asText()).isEqualTo("ok");
    }

    @Test
    void aFactsDocumentGivesTheSameBytesAsDiagnoseFormatJson() throws Exception {
        String yaml = Files.readString(Path.of(EXAMPLE));

        Api.Reply reply = api.post("/api/diagnose?source=" + EXAMPLE, "application/yaml", yaml);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.type()).startsWith("application/json");
        assertThat(reply.body()).isEqualTo(cli("diagnose", "--format", "json", EXAMPLE));
        assertThat(reply.json().path("top").asText()).isEqualTo("manual-server-not-fqdn");
    }

    @Test
    void explainAndThresholdAreTheCommandLinesOptions() throws Exception {
        String yaml = Files.readString(Path.of(EXAMPLE));

        Api.Reply reply = api.post("/api/diagnose?explain=true&threshold=0.95&source=" + EXAMPLE,
                "application/yaml", yaml);

        assertThat(reply.body()).isEqualTo(cli("diagnose", "--format", "json", "--explain", "--threshold", "0.95",
                EXAMPLE));
        assertThat(reply.json().has("trace")).isTrue();
    }

    @Test
    void aJsonFactsDocumentIsReadLikeYaml() throws Exception {
        Api.Reply reply = api.postJson("/api/diagnose", "{\"client\": {\"configuration\": \"manual\", "
                + "\"internal-server\": \"192.168.0.2:5060\"}, \"symptom\": {\"sign-in\": \"fails\"}}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode facts = reply.json().path("facts");
        assertThat(facts.get(0).path("source").path("where").asText()).isEqualTo("request");
    }

    @Test
    void pastedTicketTextIsReadIntoFactsThatCiteTheTicket() throws Exception {
        Api.Reply reply = api.post("/api/diagnose", "text/plain", TICKET);

        JsonNode diagnosis = reply.json();
        assertThat(diagnosis.path("top").asText()).isEqualTo("manual-server-not-fqdn");
        assertThat(diagnosis.path("facts").findValuesAsText("kind")).containsOnly("text");
        assertThat(diagnosis.path("facts").findValuesAsText("where")).containsOnly("ticket");
    }

    @Test
    void aFormCombinesAFactsDocumentWithTicketText() throws Exception {
        String form = "facts=" + encode("case: INC-7\nclient:\n  transport: TCP\n") + "&text=" + encode(TICKET);

        JsonNode diagnosis = api.post("/api/diagnose", "application/x-www-form-urlencoded", form).json();

        assertThat(diagnosis.path("case").asText()).isEqualTo("INC-7");
        assertThat(diagnosis.path("top").asText()).isEqualTo("manual-server-not-fqdn");
        assertThat(diagnosis.path("facts").findValuesAsText("kind")).contains("file", "text");
    }

    @Test
    void nothingRecognisedGivesNoTopCause() throws Exception {
        JsonNode diagnosis = api.post("/api/diagnose", "text/plain", "The printer on floor 3 is jammed.").json();

        assertThat(diagnosis.path("top").isNull()).isTrue();
        assertThat(diagnosis.path("causes")).isEmpty();
    }

    @Test
    void badDiagnoseRequestsAreProblemsNamingTheField() throws Exception {
        assertProblem(api.post("/api/diagnose", null, "x"), 415, "Content-Type");
        assertProblem(api.post("/api/diagnose", "text/plain", "  "), 400, "body");
        assertProblem(api.post("/api/diagnose?threshold=7", "text/plain", TICKET), 400, "threshold");
        assertProblem(api.post("/api/diagnose?threshold=high", "text/plain", TICKET), 400, "threshold");
        assertProblem(api.post("/api/diagnose?explain=maybe", "text/plain", TICKET), 400, "explain");
        assertProblem(api.post("/api/diagnose?source=" + encode("a\nb"), "application/yaml", "case: x\n"), 400,
                "source");
        assertProblem(api.post("/api/diagnose?domain=contoso.com", "text/plain", TICKET), 403, "domain");
        assertProblem(api.post("/api/diagnose", "application/json", "{\"client\": "), 400, "facts");
    }

    @Test
    void anInvalidDocumentListsEveryProblemWithLineAndField() throws Exception {
        Api.Reply reply = api.post("/api/diagnose", "application/yaml",
                "client:\n  configuration: manuel\nserver:\n  pool-tcp-port: 70000\n");

        assertProblem(reply, 400, "facts");
        JsonNode errors = reply.json().path("errors");
        assertThat(errors.findValuesAsText("field")).containsExactly("client.configuration", "server.pool-tcp-port");
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(2);
        assertThat(errors.get(0).path("text").asText()).startsWith("request:2:");
    }

    @Test
    void aBodyOverTheLimitIsRefusedAndTheNextRequestIsServedAsUsual() throws Exception {
        String huge = "x".repeat((int) ServerSettings.Limits.defaults().maxBody() + 1);

        assertThat(api.post("/api/diagnose", "text/plain", huge).status()).isEqualTo(413);
        assertThat(api.post("/api/diagnose", "text/plain", TICKET).json().path("top").asText())
                .isEqualTo("manual-server-not-fqdn");
    }

    @Test
    void theFactsFileOfARequestReadsBackToTheSameDiagnosis() throws Exception {
        Api.Reply file = api.post("/api/facts", "text/plain", TICKET);

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.type()).startsWith("application/yaml");
        assertThat(file.body()).contains("text: |2-\n  Reading branch user cannot sign in.")
                .doesNotContain("kind: connect-failure");
        JsonNode again = api.post("/api/diagnose", "application/yaml", file.body()).json();
        assertThat(again.path("top").asText()).isEqualTo("manual-server-not-fqdn");
    }

    @Test
    void aSettingTheDocumentStatesWinsOverTheTicketAndTheAnswerSaysWhatItOverrode() throws Exception {
        String form = "facts=" + encode("client:\n  transport: TLS\n") + "&text=" + encode(TICKET);

        Api.Reply file = api.post("/api/facts", "application/x-www-form-urlencoded", form);
        JsonNode diagnosis = api.post("/api/diagnose", "application/x-www-form-urlencoded", form).json();

        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).containsPattern("transport: TLS   # request:2; overrides client.transport = TCP read "
                + "from the text at ticket:1");
        assertThat(diagnosis.path("notes").toString()).contains("overrides client.transport = TCP");
        assertThat(diagnosis.path("facts").findValuesAsText("note")).singleElement().asString()
                .contains("overrides client.transport = TCP");
    }

    @Test
    void causesListsEveryPageAndOneCauseHasItsRules() throws Exception {
        JsonNode causes = api.get("/api/causes").json();
        JsonNode cause = api.get("/api/causes/manual-server-not-fqdn").json();

        assertThat(causes.findValuesAsText("cause")).contains("manual-server-not-fqdn", "signin-address-mismatch");
        assertThat(cause.path("title").asText()).isEqualTo("Manual connection settings use an IP address or NetBIOS name");
        assertThat(cause.path("remedy")).isNotEmpty();
        assertThat(cause.path("rules").findValuesAsText("rule")).contains("MAN-001");
        assertProblem(api.get("/api/causes/no-such-cause"), 404, "id");
    }

    @Test
    void versionNamesTheDocumentFormat() throws Exception {
        JsonNode version = api.get("/api/version").json();

        assertThat(version.path("version").asText()).isEqualTo("test");
        assertThat(version.path("format").asText()).isEqualTo("signin-doctor/diagnosis/1");
        assertThat(version.path("rules").asInt()).isPositive();
    }

    @Test
    void anUnknownPathIsAProblemToo() throws Exception {
        assertProblem(api.get("/api/nothing-here"), 404, null);
    }

    @Test
    void everyPathTheOpenApiDocumentListsIsServed() throws Exception {
        JsonNode openApi = api.get("/openapi.json").json();
        List<String> checked = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            String concrete = path.getKey().replace("{id}", "0").replace("{n}", "1");
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String method = methods.next();
                Api.Reply reply = method.equals("get") ? api.get(concrete) : api.post(concrete, null, null);
                assertThat(reply.body()).as(method + " " + concrete).doesNotContain("Endpoint ");
                checked.add(method + " " + path.getKey());
            }
        }
        assertThat(checked).hasSizeGreaterThan(12);
    }

    @Test
    void classifyStreamsARecordPerIncidentThenRejectsThenTheCounts() throws Exception {
        String csv = "id,title,description\n"
                + "INC1,Sign-in fails,\"" + TICKET.replace("\"", "\"\"") + "\"\n"
                + ",no id here,this row cannot be classified\n"
                + "INC3,Printer,The printer on floor 3 is jammed\n";

        Api.Reply reply = api.post("/api/classify", "text/csv", csv);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.type()).startsWith("application/x-ndjson");
        List<JsonNode> lines = reply.body().lines().map(line -> new Api.Reply(200, "", line).json()).toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0).path("id").asText()).isEqualTo("INC1");
        assertThat(lines.get(0).path("cause").asText()).isEqualTo("manual-server-not-fqdn");
        assertThat(lines.get(1).path("status").asText()).isEqualTo("rejected");
        assertThat(lines.get(1).path("reason").asText()).contains("missing id");
        assertThat(lines.get(2).path("status").asText()).isEqualTo("unclassified");
        assertThat(lines.get(3).path("status").asText()).isEqualTo("summary");
        assertThat(lines.get(3).path("read").asInt()).isEqualTo(3);
        assertThat(lines.get(3).path("rejected").asInt()).isEqualTo(1);
    }

    @Test
    void classifyGivesTheRecordsClassifyWritesForTheSameExport() throws Exception {
        String jsonl = "{\"id\": \"A\", \"description\": " + new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(TICKET) + "}\n";
        Path export = Files.createTempFile("export", ".jsonl");
        Files.writeString(export, jsonl);
        Path out = Files.createTempFile("classified", ".jsonl");

        Api.Reply reply = api.post("/api/classify", "application/x-ndjson", jsonl);
        StringWriter err = new StringWriter();
        SignInDoctor.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "classify", export.toString(),
                "--out", out.toString(), "--rejects", out + ".rejects");

        String record = Files.readString(out).replace(export.toString(), "<stdin>");
        assertThat(reply.body()).startsWith(record);
    }

    @Test
    void badExportsAreProblems() throws Exception {
        assertProblem(api.post("/api/classify", "text/plain", "id\n1\n"), 415, "Content-Type");
        assertProblem(api.post("/api/classify", "text/csv", "number,text\n1,x\n"), 400, "body");
        assertProblem(api.post("/api/classify?threshold=-1", "text/csv", "id\n1\n"), 400, "threshold");
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
