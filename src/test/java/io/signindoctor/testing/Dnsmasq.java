package io.signindoctor.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real dnsmasq serving test zones on 127.0.0.1 at a free port, authoritative for the domains it is given (unknown
 * names are NXDOMAIN, names without the type asked are NODATA) and forwarding nothing unless told to.
 */
public final class Dnsmasq implements AutoCloseable {

    private final Process process;
    private final int port;

    private Dnsmasq(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /**
     * Starts dnsmasq with zone entries written as its own options: "local=/contoso.com/",
     * "srv-host=_sipinternaltls._tcp.contoso.com,sip.contoso.com,5061", "host-record=sip.contoso.com,127.0.0.1".
     */
    public static Dnsmasq start(Path folder, List<String> entries) throws IOException, InterruptedException {
        String dnsmasq = Tools.require("dnsmasq", "dnsmasq-base");
        int port = Tools.freePort();
        List<String> command = new ArrayList<>(List.of(dnsmasq, "--keep-in-foreground", "--conf-file=/dev/null",
                "--no-hosts", "--no-resolv", "--no-poll", "--listen-address=127.0.0.1", "--bind-interfaces",
                "--port=" + port, "--pid-file=", "--log-facility=-", "--cache-size=0"));
        entries.forEach(entry -> command.add("--" + entry));
        Path log = Files.createTempFile(folder, "dnsmasq", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        Tools.awaitListening(process, port, log);
        return new Dnsmasq(process, port);
    }

    public int port() {
        return port;
    }

    /** The --dns-server value that reaches this server. */
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
