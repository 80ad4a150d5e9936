package io.signindoctor.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.List;
import javax.net.ssl.SSLSocket;

/**
 * Fetches the certificate a server presents: a TCP connect, a TLS handshake that trusts anything, then a close
 * without a byte of application data. The host name is sent as SNI, as a client naming the server would.
 */
public final class TlsProbe {

    private final TcpProbe tcp;

    public TlsProbe(TcpProbe tcp) {
        this.tcp = tcp;
    }

    public TlsOutcome fetch(String host, int port, List<InetAddress> addresses) {
        return fetch(host, port, addresses, List.of(), true);
    }

    /** The same, offering only the given protocol versions (all when empty), with or without the server's name. */
    public TlsOutcome fetch(String host, int port, List<InetAddress> addresses, List<String> versions,
            boolean sendServerName) {
        if (addresses.isEmpty()) {
            return new TlsOutcome(tcp.connect(host, port, addresses), List.of(), null);
        }
        Reachability unreached = null;
        for (InetAddress address : addresses) {
            Socket plain;
            try {
                plain = tcp.open(address, port);
            } catch (IOException failure) {
                unreached = new Reachability(host, port, null, WinsockError.of(failure),
                        address.getHostAddress() + ": " + failure.getMessage());
                continue;
            }
            Reachability reached = new Reachability(host, port, address, null, address.getHostAddress());
            try (SSLSocket socket = TlsHandshake.open(plain, host, port, versions, sendServerName)) {
                return new TlsOutcome(reached, List.of(TlsHandshake.chain(socket)), null);
            } catch (IOException failure) {
                return new TlsOutcome(reached, List.of(), "TLS handshake failed: " + failure.getMessage());
            }
        }
        return new TlsOutcome(unreached, List.of(), null);
    }
}
