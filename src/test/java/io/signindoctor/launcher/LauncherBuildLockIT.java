package io.signindoctor.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three first runs of the launcher at once build once: the launcher takes a lock around the build. It runs on a copy
 * of the launcher whose mvn and java are stand-ins, so the test neither rebuilds this checkout nor waits for Maven.
 */
class LauncherBuildLockIT {

    @Test
    void threeLaunchersStartedTogetherBuildOnce(@TempDir Path folder) throws IOException, InterruptedException {
        Path checkout = Files.createDirectories(folder.resolve("checkout"));
        Files.copy(Path.of("signin-doctor"), checkout.resolve("signin-doctor"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.writeString(checkout.resolve("pom.xml"), "<project/>");
        for (String source : List.of("src/main", "rules", "facts-schemas", "kb-docs")) {
            Files.createDirectories(checkout.resolve(source));
        }
        Path bin = Files.createDirectories(folder.resolve("bin"));
        Path log = folder.resolve("builds.log");
        script(bin.resolve("mvn"), "echo start >>'" + log + "'; sleep 1; mkdir -p target/lib; touch "
                + "target/signin-doctor.jar; echo end >>'" + log + "'");
        script(Files.createDirectories(folder.resolve("jdk/bin")).resolve("java"), "echo ran");

        List<Process> launchers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ProcessBuilder launcher = new ProcessBuilder(checkout.resolve("signin-doctor").toString(), "--version")
                    .redirectErrorStream(true).redirectOutput(folder.resolve("launcher" + i + ".out").toFile());
            launcher.environment().put("PATH", bin + ":" + System.getenv("PATH"));
            launcher.environment().put("JAVA_HOME", folder.resolve("jdk").toString());
            launchers.add(launcher.start());
        }
        for (Process launcher : launchers) {
            assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(launcher.exitValue()).isZero();
        }

        assertThat(Files.readAllLines(log)).containsExactly("start", "end");
        for (int i = 0; i < 3; i++) {
            assertThat(folder.resolve("launcher" + i + ".out")).content().endsWith("ran\n");
        }
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
