package io.signindoctor.server;

import static io.signindoctor.server.ServeApiIT.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.cli.SignInDoctor;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Safe by default: a token when asked for, loopback unless told otherwise, and no token-less network listener. */
class ServeSecurityIT {

    private static final String TOKEN = "s3cret-token-for-tests-0123456789";

    @Test
    void withATokenEveryApiRequestMustCarryItWhileHealthAndThePageNeedNone() throws Exception {
        try (DiagnosisServer server = Servers.start(Optional.of(TOKEN), ServerSettings.Limits.defaults(),
                Clock.systemUTC())) {
            String base = "http://127.0.0.1:" + server.port();
            Api anonymous = new Api(base, null);
            Api wrong = new Api(base, "not-the-token");
            Api right = new Api(base, TOKEN);

            assertProblem(anonymous.get("/api/version"), 401, null);
            assertProblem(anonymous.post("/api/diagnose", "text/plain", ServeApiIT.TICKET), 401, null);
            assertProblem(wrong.get("/api/causes"), 401, null);
            assertProblem(wrong.post("/api/interviews", null, null), 401, null);
            assertThat(right.get("/api/version").status()).isEqualTo(200);
            assertThat(anonymous.get("/health").status()).isEqualTo(200);
            assertThat(anonymous.get("/").body()).contains("<title>Sign-in Doctor</title>");
        }
    }

    @Test
    void thePageLoadsNothingFromElsewhereAndForbidsItByPolicy() throws Exception {
        try (DiagnosisServer server = Servers.start()) {
            Api api = new Api("http://127.0.0.1:" + server.port(), null);

            Api.Reply page = api.get("/");

            assertThat(page.type()).startsWith("text/html");
            assertThat(page.body()).doesNotContainPattern("(src|href)=\"(https?:)?//");
            assertThat(api.get("/app.js").body()).doesNotContain("http://").doesNotContain("https://")
                    .doesNotContain("innerHTML");
            assertThat(api.get("/app.css").status()).isEqualTo(200);
        }
    }

    @Test
    void listeningBeyondLoopbackWithoutATokenIsRefused() {
        StringWriter err = new StringWriter();

        int code = SignInDoctor.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve", "--bind",
                "0.0.0.0", "--port", "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--bind 0.0.0.0 listens beyond this machine; give --token-file");
    }

    @Test
    void aTokenFileMustHoldAUsableToken(@TempDir Path folder) throws Exception {
        Path weak = folder.resolve("token");
        Files.writeString(weak, "abc\n");
        StringWriter err = new StringWriter();

        int code = SignInDoctor.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve",
                "--token-file", weak.toString(), "--port", "0");
        int missing = SignInDoctor.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "serve",
                "--token-file", folder.resolve("absent").toString(), "--port", "0");

        assertThat(code).isEqualTo(2);
        assertThat(missing).isEqualTo(2);
        assertThat(err.toString()).contains("at least 16 printable ASCII characters")
                .contains("cannot read the token file");
    }
}
