package io.signindoctor.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

/**
 * Opens a TCP connection and closes it at once, sending nothing, to learn what the client's connect would have
 * met: a listener, a refusal, or silence until the time-out.
 */
public final class TcpProbe {

    private final Duration timeout;

    public TcpProbe(Duration timeout) {
        this.timeout = timeout;
    }

    /** Tries each address in turn, as the client does, and stops at the first that answers. */
    public Reachability connect(String host, int port, List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return new Reachability(host, port, null, WinsockError.HOST_NOT_FOUND, "no address found for " + host);
        }
        Reachability last = null;
        for (InetAddress address : addresses) {
            try (Socket socket = open(address, port)) {
                return new Reachability(host, port, address, null, address.getHostAddress());
            } catch (IOException failure) {
                last = new Reachability(host, port, null, WinsockError.of(failure),
                        address.getHostAddress() + ": " + failure.getMessage());
            }
        }
        return last;
    }

    /** A connected socket with the probe's time-out on both the connect and any later read. */
    Socket open(InetAddress address, int port) throws IOException {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            return socket;
        } catch (IOException failure) {
            socket.close();
            throw failure;
        }
    }
}
