package io.signindoctor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, run as a user runs it: the ./signin-doctor launcher in a real process. */
class LauncherIT {

    private record Result(int exitCode, String out, String err) {
    }

    private static Result launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./signin-doctor"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("signin-doctor", ".out");
        Path err = Files.createTempFile("signin-doctor", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void diagnosesAShippedExampleWithoutRebuilding() throws Exception {
        Result result = launch("diagnose", "examples/04-manual-server-not-fqdn.yaml");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).doesNotContain("building");
        assertThat(result.out()).startsWith("Sign-in Doctor diagnosis: INC-")
                .contains("cause: manual-server-not-fqdn");
    }

    @Test
    void jsonOutputAndVersionFromTheManifest() throws Exception {
        assertThat(launch("diagnose", "--format", "json", "examples/healthy-manual-tls.yaml").out())
                .contains("\"format\" : \"signin-doctor/diagnosis/1\"").contains("\"top\" : null");
        assertThat(launch("--version").out()).startsWith("signin-doctor 0.1.0");
    }

    @Test
    void aBrokenFactsFileExitsWithTwoAndPrintsNoDiagnosis(@TempDir Path folder) throws Exception {
        Path facts = folder.resolve("broken.yaml");
        Files.writeString(facts, "server:\n  pool-tcp-port: five\n");

        Result result = launch("diagnose", facts.toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(facts + ":2:3: error: server.pool-tcp-port: expected a whole number");
    }
}
