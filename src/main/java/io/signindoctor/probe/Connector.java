package io.signindoctor.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLSocket;

/**
 * Opens the connection an application probe speaks over: TCP to the first address that answers, in the order the
 * client would try them, then TLS with the host named (SNI) when asked. What went wrong on the way is kept apart
 * from what the server answered, since "no connection" and "no handshake" point at different causes.
 */
final class Connector {

    /** A connection ready for a request, with the address it reached and the chain the server presented (TLS). */
    record Opened(Socket socket, InetAddress address, List<X509Certificate> chain) {
    }

    /** No connection (result no-connection) or no handshake (tls-failed), with what happened. */
    static final class Failure extends IOException {
        private static final long serialVersionUID = 1L;
        private final String result;

        Failure(String result, String detail) {
            super(detail);
            this.result = result;
        }

        String result() {
            return result;
        }
    }

    static final String NO_CONNECTION = "no-connection";
    static final String TLS_FAILED = "tls-failed";

    private final TcpProbe tcp;

    Connector(TcpProbe tcp) {
        this.tcp = tcp;
    }

    Opened open(String host, int port, List<InetAddress> addresses, boolean tls) throws Failure {
        if (addresses.isEmpty()) {
            throw new Failure(NO_CONNECTION, "no address found for " + host);
        }
        String last = null;
        for (InetAddress address : addresses) {
            Socket plain;
            try {
                plain = tcp.open(address, port);
            } catch (IOException failure) {
                WinsockError error = WinsockError.of(failure);
                last = address.getHostAddress() + ":" + port + ": error " + error.code() + ", " + error.meaning();
                continue;
            }
            if (!tls) {
                return new Opened(plain, address, List.of());
            }
            try {
                SSLSocket socket = TlsHandshake.open(plain, host, port, List.of(), true);
                return new Opened(socket, address, List.of(TlsHandshake.chain(socket)));
            } catch (IOException failure) {
                throw new Failure(TLS_FAILED, address.getHostAddress() + ":" + port + ": TLS handshake failed: "
                        + failure.getMessage());
            }
        }
        throw new Failure(NO_CONNECTION, last);
    }
}
