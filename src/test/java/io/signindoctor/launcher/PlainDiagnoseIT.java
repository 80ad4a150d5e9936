package io.signindoctor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A diagnose that gathers nothing loads none of the gathering code: start-up pays only for what the run uses. */
class PlainDiagnoseIT {

    @Test
    void loadsNoProbeReaderOrDnsLibraryClass(@TempDir Path folder) throws Exception {
        Path classes = folder.resolve("classes.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xlog:class+load=info:file=" + classes, "-jar",
                "target/signin-doctor.jar", "diagnose", "examples/04-manual-server-not-fqdn.yaml"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        assertThat(process.exitValue()).isZero();

        List<String> loaded = Files.readAllLines(classes, StandardCharsets.UTF_8);
        assertThat(loaded).anyMatch(line -> line.contains("io.signindoctor.cli.DiagnoseCommand"));
        assertThat(loaded).noneMatch(line -> line.matches(".*\\b(io\\.signindoctor\\.(probe|artifacts|gather)|org\\.xbill)\\..*"));
    }
}
