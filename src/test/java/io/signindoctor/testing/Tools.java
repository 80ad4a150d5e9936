package io.signindoctor.testing;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the Debian tools the tests rely on. A missing tool fails the test with what to install (.ci/run installs it),
 * because a skipped network test would pass while proving nothing.
 */
public final class Tools {

    private Tools() {
    }

    public static String require(String tool, String debianPackage) {
        for (String dir : List.of("/usr/sbin", "/usr/bin", "/sbin", "/bin", "/usr/local/bin")) {
            if (new File(dir, tool).canExecute()) {
                return dir + "/" + tool;
            }
        }
        return fail(tool + " is not installed; install the Debian package " + debianPackage
                + " (apt-get install " + debianPackage + "; .ci/run does this)");
    }

    /** Runs a command to completion in a folder, failing the test with its output if it fails. */
    public static void run(Path folder, String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, "command", ".log");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            fail(String.join(" ", command) + " failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
        }
    }

    /** A loopback port nothing listens on at the moment (the kernel's choice, released at once). */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Waits until a server started by a test accepts TCP connections on loopback, or fails with its log. */
    public static void awaitListening(Process process, int port, Path log) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            if (!process.isAlive()) {
                fail("the server exited early:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        process.destroyForcibly();
        fail("the server did not start listening on port " + port + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
    }
}
