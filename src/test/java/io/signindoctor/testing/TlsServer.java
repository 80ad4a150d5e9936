package io.signindoctor.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real openssl s_server on 127.0.0.1 at a free port, presenting one test certificate to every connection. */
public final class TlsServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private TlsServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static TlsServer start(Path folder, TestCertificates.Issued certificate, String... extraOptions)
            throws IOException, InterruptedException {
        String openssl = Tools.require("openssl", "openssl");
        int port = Tools.freePort();
        List<String> command = new ArrayList<>(List.of(openssl, "s_server", "-accept", "127.0.0.1:" + port, "-cert",
                certificate.certificate().toString(), "-key", certificate.key().toString(), "-quiet"));
        command.addAll(List.of(extraOptions));
        Path log = Files.createTempFile(folder, "s_server", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        Tools.awaitListening(process, port, log);
        return new TlsServer(process, port);
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
