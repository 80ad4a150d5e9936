package io.signindoctor.probe;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * Fetches the certificate a server presents: a TCP connect, a TLS handshake that trusts anything, then a close
 * without a byte of application data. The host name is sent as SNI, as a client naming the server would.
 */
public final class TlsProbe {

    static {
        allowLegacyProtocols();
    }

    private final TcpProbe tcp;

    public TlsProbe(TcpProbe tcp) {
        this.tcp = tcp;
    }

    /**
     * Office Communications Server 2007 R2 runs on Windows Server 2003 and 2008, which speak TLS 1.0 unless told
     * otherwise, and the JDK refuses TLS 1.0 and 1.1 by default. The probe only reads a certificate and sends
     * nothing, so the weak protocols cost nothing here, and without them the probe could not see the servers it is
     * for. The setting must be changed before the first TLS context of the process is made, hence a static block.
     */
    private static void allowLegacyProtocols() {
        String disabled = Security.getProperty("jdk.tls.disabledAlgorithms");
        if (disabled != null) {
            Security.setProperty("jdk.tls.disabledAlgorithms", Arrays.stream(disabled.split(","))
                    .map(String::trim)
                    .filter(entry -> !entry.equals("TLSv1") && !entry.equals("TLSv1.1"))
                    .collect(Collectors.joining(", ")));
        }
    }

    public TlsOutcome fetch(String host, int port, List<InetAddress> addresses) {
        if (addresses.isEmpty()) {
            return new TlsOutcome(tcp.connect(host, port, addresses), null, null);
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
            return handshake(plain, host, port, reached);
        }
        return new TlsOutcome(unreached, null, null);
    }

    private static TlsOutcome handshake(Socket plain, String host, int port, Reachability reached) {
        try (SSLSocket socket = (SSLSocket) context().getSocketFactory().createSocket(plain, host, port, true)) {
            socket.setEnabledProtocols(socket.getSupportedProtocols());
            socket.startHandshake();
            Certificate[] chain = socket.getSession().getPeerCertificates();
            return new TlsOutcome(reached, (X509Certificate) chain[0], null);
        } catch (IOException | GeneralSecurityException failure) {
            closeQuietly(plain);
            return new TlsOutcome(reached, null, "TLS handshake failed: " + failure.getMessage());
        }
    }

    private static SSLContext context() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new AcceptAnyCertificate()}, null);
        return context;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // the handshake failure is what gets reported
        }
    }
}
