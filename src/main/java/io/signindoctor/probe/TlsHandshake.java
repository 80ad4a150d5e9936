package io.signindoctor.probe;

import java.io.IOException;
import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;

/**
 * A TLS handshake over a connected socket, trusting whatever the server presents so that the presented chain can
 * be reported and judged by the rules, with the protocol versions and the server name (SNI) chosen by the caller:
 * the probes ask as an old client would as well as a new one.
 */
public final class TlsHandshake {

    /** The protocol versions a Lync or Skype for Business client may offer, oldest first, as the JDK names them. */
    public static final List<String> VERSIONS = List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3");

    static {
        allowLegacyProtocols();
    }

    private TlsHandshake() {
    }

    /**
     * Office Communications Server 2007 R2 runs on Windows Server 2003 and 2008, which speak TLS 1.0 unless told
     * otherwise, and the JDK refuses TLS 1.0 and 1.1 by default. The probes send no secret, so the weak protocols
     * cost nothing here, and without them they could not see the servers (and the old clients) they are for. The
     * setting must be changed before the first TLS context of the process is made, hence a static block.
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

    /** The versions of {@link #VERSIONS} this JDK cannot offer at all, so a probe cannot tell whether a server takes them. */
    public static List<String> unsupportedVersions() {
        try {
            List<String> supported = List.of(context().getSupportedSSLParameters().getProtocols());
            return VERSIONS.stream().filter(version -> !supported.contains(version)).toList();
        } catch (GeneralSecurityException noTls) {
            return VERSIONS;
        }
    }

    /**
     * Shakes hands over the socket (closed with the TLS socket, or at once when the handshake fails).
     *
     * @param versions the protocol versions to offer; all this JDK supports when empty
     * @param sendServerName whether to name the host in the handshake (SNI), as every current client does
     */
    public static SSLSocket open(Socket plain, String host, int port, List<String> versions, boolean sendServerName)
            throws IOException {
        SSLSocket socket = null;
        try {
            socket = (SSLSocket) context().getSocketFactory().createSocket(plain, host, port, true);
            socket.setEnabledProtocols(versions.isEmpty() ? socket.getSupportedProtocols()
                    : versions.toArray(new String[0]));
            if (!sendServerName) {
                SSLParameters parameters = socket.getSSLParameters();
                parameters.setServerNames(List.of());
                socket.setSSLParameters(parameters);
            }
            socket.startHandshake();
            return socket;
        } catch (IOException | GeneralSecurityException | IllegalArgumentException failure) {
            closeQuietly(socket == null ? plain : socket);
            throw failure instanceof IOException io ? io : new IOException(failure.getMessage(), failure);
        }
    }

    /** The chain the server presented, its own certificate first. */
    public static X509Certificate[] chain(SSLSocket socket) throws IOException {
        Certificate[] chain = socket.getSession().getPeerCertificates();
        return Arrays.stream(chain).map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
    }

    private static SSLContext context() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {new AcceptAnyCertificate()}, null);
        return context;
    }

    static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException alreadyBroken) {
            // the failure that led here is what gets reported
        }
    }
}
