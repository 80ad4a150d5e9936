package io.signindoctor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./signin-doctor serve as an operator runs it: it prints where it listens, serves, and stops cleanly on SIGTERM. */
class ServeLauncherIT {

    @Test
    void servesOnLoopbackLogsEachRequestAndStopsGracefullyOnSigterm(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("serve.out");
        Path err = folder.resolve("serve.err");
        Process serve = new ProcessBuilder("./signin-doctor", "serve", "--port", "0").redirectOutput(out.toFile())
                .redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            String url = null;
            for (int attempt = 0; attempt < 600 && url == null && serve.isAlive(); attempt++) {
                Matcher listening = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+/)")
                        .matcher(Files.readString(out, StandardCharsets.UTF_8));
                url = listening.find() ? listening.group(1) : null;
                Thread.sleep(100);
            }
            assertThat(url).as(Files.readString(err)).isNotNull();

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);

            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).as("stopped on SIGTERM").isTrue();
            String log = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(log).containsPattern("signin-doctor\\.access - \\S+ 127\\.0\\.0\\.1 GET /health 200 ")
                    .contains("signin-doctor.serve - stopped");
            assertThat(serve.exitValue()).as("the JVM's exit status for SIGTERM after a clean shutdown").isIn(0, 143);
        } finally {
            serve.destroyForcibly();
        }
    }
}
