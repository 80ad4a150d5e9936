package io.signindoctor.testing;

import io.signindoctor.testing.TestCertificates.Issued;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real server from Debian's packages, started by a test on 127.0.0.1 at a free port and stopped when the test is
 * done: dnsmasq serving test zones, or openssl s_server presenting a test certificate.
 */
public final class LoopbackServer implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private LoopbackServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** What the server wrote so far (dnsmasq with "log-queries" lists every query it was asked). */
    public String log() throws IOException {
        return Files.readString(log);
    }

    /**
     * dnsmasq, authoritative for the domains it is given (unknown names are NXDOMAIN, names without the type asked
     * are NODATA) and forwarding nothing unless told to. Entries are dnsmasq's own options without the dashes:
     * "local=/contoso.com/", "srv-host=_sipinternaltls._tcp.contoso.com,sip.contoso.com,5061",
     * "host-record=sip.contoso.com,127.0.0.1".
     */
    public static LoopbackServer dnsmasq(Path folder, List<String> entries) throws IOException, InterruptedException {
        int port = Tools.freePort();
        List<String> command = new ArrayList<>(List.of(Tools.require("dnsmasq", "dnsmasq-base"), "--keep-in-foreground",
                "--conf-file=/dev/null", "--no-hosts", "--no-resolv", "--no-poll", "--listen-address=127.0.0.1",
                "--bind-interfaces", "--port=" + port, "--pid-file=", "--log-facility=-", "--cache-size=0"));
        entries.forEach(entry -> command.add("--" + entry));
        return start(folder, "dnsmasq", command, port);
    }

    /** openssl s_server presenting one certificate to every connection. */
    public static LoopbackServer tls(Path folder, Issued certificate, String... extraOptions)
            throws IOException, InterruptedException {
        int port = Tools.freePort();
        List<String> command = new ArrayList<>(List.of(Tools.require("openssl", "openssl"), "s_server", "-accept",
                "127.0.0.1:" + port, "-cert", certificate.certificate().toString(), "-key",
                certificate.key().toString(), "-quiet"));
        command.addAll(List.of(extraOptions));
        return start(folder, "s_server", command, port);
    }

    private static LoopbackServer start(Path folder, String name, List<String> command, int port)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile(folder, name, ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        Tools.awaitListening(process, port, log);
        return new LoopbackServer(process, port, log);
    }

    public int port() {
        return port;
    }

    /** host:port, as --dns-server takes it. */
    public String address() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
