package io.signindoctor.server;

import static io.signindoctor.server.ServeApiIT.EXAMPLE;
import static io.signindoctor.server.ServeApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Interviews over the API, from the first question to the diagnosis and its facts file, one session or several. */
class ServeInterviewIT {

    /** A clock the test moves by hand, so expiry is tested without waiting. */
    static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private DiagnosisServer server;

    private Api start(ServerSettings.Limits limits, Clock clock) throws Exception {
        server = Servers.start(Optional.empty(), limits, clock);
        return new Api("http://127.0.0.1:" + server.port(), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Answers every question from what the engineer knows until the interview is done; returns the last state. */
    static JsonNode answerAll(Api api, String id, KnownAnswers engineer) throws Exception {
        JsonNode state = api.get("/api/interviews/" + id).json();
        for (int asked = 0; !state.path("done").asBoolean() && asked < 20; asked++) {
            String fact = state.path("question").path("fact").asText();
            Optional<String> answer = engineer.answer(fact);
            state = answer.isPresent()
                    ? api.postJson("/api/interviews/" + id + "/answer",
                            "{\"answer\": \"" + answer.get() + "\", \"fact\": \"" + fact + "\"}").json()
                    : api.postJson("/api/interviews/" + id + "/unknown", "{\"fact\": \"" + fact + "\"}").json();
        }
        return state;
    }

    @Test
    void anInterviewFromTheFirstQuestionToTheDiagnosisAndItsFactsFile() throws Exception {
        Api api = start(ServerSettings.Limits.defaults(), Clock.systemUTC());
        Api.Reply started = api.post("/api/interviews", null, null);
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        JsonNode first = started.json();
        String id = first.path("id").asText();
        assertThat(first.path("done").asBoolean()).isFalse();
        assertThat(first.path("question").path("text").asText()).isNotEmpty();

        JsonNode why = api.get("/api/interviews/" + id + "/why").json();
        assertThat(why.path("fact").asText()).isEqualTo(first.path("question").path("fact").asText());
        assertThat(why.path("raisedBy")).isNotEmpty();

        JsonNode done = answerAll(api, id, new KnownAnswers(EXAMPLE));
        assertThat(done.path("done").asBoolean()).isTrue();
        assertThat(done.path("question").isNull()).isTrue();
        assertThat(api.get("/api/interviews/" + id + "/status").json().get(0).path("cause").asText())
                .isEqualTo("manual-server-not-fqdn");
        JsonNode how = api.get("/api/interviews/" + id + "/how/1").json();
        assertThat(how.path("remedy")).isNotEmpty();
        assertThat(how.path("rules").get(0).path("evidence").findValuesAsText("kind")).contains("answer");

        JsonNode finished = api.post("/api/interviews/" + id + "/finish", null, null).json();
        assertThat(finished.path("diagnosis").path("top").asText()).isEqualTo("manual-server-not-fqdn");
        String factsFile = finished.path("factsFile").asText();
        assertThat(factsFile).contains("configuration: manual   # answer to client.configuration");
        assertThat(api.post("/api/diagnose", "application/yaml", factsFile).json().path("top").asText())
                .isEqualTo("manual-server-not-fqdn");
        assertProblem(api.get("/api/interviews/" + id), 404, "id");
    }

    @Test
    void backTakesTheLastAnswerBackAndAsksItAgain() throws Exception {
        Api api = start(ServerSettings.Limits.defaults(), Clock.systemUTC());
        JsonNode first = api.post("/api/interviews", null, null).json();
        String id = first.path("id").asText();
        String fact = first.path("question").path("fact").asText();

        JsonNode second = api.postJson("/api/interviews/" + id + "/answer", "{\"answer\": \"1\"}").json();
        JsonNode back = api.post("/api/interviews/" + id + "/back", null, null).json();

        assertThat(second.path("answered").asInt()).isEqualTo(1);
        assertThat(back.path("tookBack").asText()).isEqualTo(fact);
        assertThat(back.path("answered").asInt()).isZero();
        assertThat(back.path("question").path("fact").asText()).isEqualTo(fact);
        assertThat(api.post("/api/interviews/" + id + "/back", null, null).json().path("tookBack").isNull()).isTrue();
    }

    @Test
    void anInterviewCanStartFromAFactsDocument() throws Exception {
        Api api = start(ServerSettings.Limits.defaults(), Clock.systemUTC());

        Api.Reply started = api.post("/api/interviews", "application/yaml",
                "symptom:\n  sign-in: fails\n  message: server-unavailable\n");

        assertThat(started.status()).isEqualTo(201);
        assertThat(started.json().path("question").path("fact").asText())
                .isNotIn("symptom.sign-in", "symptom.message");
    }

    @Test
    void badStepsAreProblemsNamingTheField() throws Exception {
        Api api = start(ServerSettings.Limits.defaults(), Clock.systemUTC());
        String id = api.post("/api/interviews", null, null).json().path("id").asText();
        String session = "/api/interviews/" + id;

        assertProblem(api.postJson(session + "/answer", "{\"answer\": \"no such choice 99\"}"), 400, "answer");
        assertProblem(api.postJson(session + "/answer", "{}"), 400, "answer");
        assertProblem(api.postJson(session + "/answer", "[1]"), 400, "body");
        assertProblem(api.postJson(session + "/answer", "{\"answer\": "), 400, "body");
        assertProblem(api.post(session + "/answer", "text/plain", "1"), 415, "Content-Type");
        assertProblem(api.postJson(session + "/answer", "{\"answer\": \"1\", \"fact\": \"server.fqdn\"}"), 409,
                "fact");
        assertProblem(api.get(session + "/how/99"), 404, "n");
        assertProblem(api.get(session + "/how/first"), 400, "n");
        assertProblem(api.get("/api/interviews/not-an-id"), 404, "id");
        assertProblem(api.post("/api/interviews", "text/plain", "hello"), 415, "Content-Type");
        assertProblem(api.post("/api/interviews", "application/yaml", "client:\n  transport: UDP\n"), 400, "facts");
        assertProblem(api.post("/api/interviews?threshold=2", null, null), 400, "threshold");
        assertThat(api.get(session).json().path("answered").asInt()).as("refused steps change nothing").isZero();
    }

    @Test
    void theNumberOfOpenInterviewsIsBoundedAndAnIdleOneExpires() throws Exception {
        HandClock clock = new HandClock();
        ServerSettings.Limits defaults = ServerSettings.Limits.defaults();
        Api api = start(new ServerSettings.Limits(defaults.maxBody(), defaults.maxExport(), defaults.idle(), 2,
                Duration.ofMinutes(30), 1, defaults.maxArtifact(), defaults.maxUpload(), defaults.requestTime()), clock);
        String first = api.post("/api/interviews", null, null).json().path("id").asText();
        api.post("/api/interviews", null, null);

        assertProblem(api.post("/api/interviews", null, null), 503, null);

        clock.advance(Duration.ofMinutes(20));
        api.get("/api/interviews/" + first);
        clock.advance(Duration.ofMinutes(20));
        assertThat(api.post("/api/interviews", null, null).status()).as("the idle one expired").isEqualTo(201);
        assertThat(api.get("/api/interviews/" + first).status()).as("the one in use did not").isEqualTo(200);
    }

    @Test
    void concurrentInterviewsDoNotSeeEachOthersAnswers() throws Exception {
        Api api = start(ServerSettings.Limits.defaults(), Clock.systemUTC());
        int sessions = 6;
        List<JsonNode> started = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            started.add(api.post("/api/interviews", null, null).json());
        }
        JsonNode question = started.get(0).path("question");
        assertThat(question.path("choices").size()).as("the first question offers choices").isGreaterThan(1);
        String fact = question.path("fact").asText();
        String line = fact.substring(fact.indexOf('.') + 1) + ": %s   # answer to " + fact;
        ExecutorService pool = Executors.newFixedThreadPool(sessions);
        try {
            List<Future<JsonNode>> finished = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                String id = started.get(i).path("id").asText();
                String choice = choiceOf(question, i);
                finished.add(pool.submit((Callable<JsonNode>) () -> {
                    api.postJson("/api/interviews/" + id + "/answer",
                            "{\"answer\": \"" + choice + "\", \"fact\": \"" + fact + "\"}");
                    return api.post("/api/interviews/" + id + "/finish", null, null).json();
                }));
            }
            for (int i = 0; i < sessions; i++) {
                JsonNode result = finished.get(i).get();
                assertThat(result.path("answered").asInt()).isEqualTo(1);
                String factsFile = result.path("factsFile").asText();
                for (int other = 0; other < sessions; other++) {
                    String expected = String.format(line, choiceOf(question, other));
                    if (choiceOf(question, other).equals(choiceOf(question, i))) {
                        assertThat(factsFile).as("session " + i).contains(expected);
                    } else {
                        assertThat(factsFile).as("session " + i).doesNotContain(expected);
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String choiceOf(JsonNode question, int session) {
        JsonNode choices = question.path("choices");
        return choices.get(session % choices.size()).path("value").asText();
    }
}
