package io.signindoctor.probe;

import io.signindoctor.model.AddressForm;
import io.signindoctor.model.Source;
import io.signindoctor.model.TlsEndpoint;
import java.net.InetAddress;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Asks a TLS server as clients of each age would: one handshake per protocol version, TLS 1.0 to 1.3 (those this
 * JDK can offer), and one that names no server, as clients without SNI do. Each handshake is closed before any
 * data is sent.
 */
public final class TlsVersionProbe {

    private final TlsProbe tls;

    public TlsVersionProbe(TlsProbe tls) {
        this.tls = tls;
    }

    /** What the server accepts; empty when no handshake at all succeeded (the certificate probe says why). */
    public Optional<TlsEndpoint> check(String host, int port, List<InetAddress> addresses, String server) {
        List<String> accepts = new ArrayList<>();
        List<String> refuses = new ArrayList<>();
        List<String> untried = TlsHandshake.unsupportedVersions();
        X509Certificate named = null;
        for (String version : TlsHandshake.VERSIONS) {
            if (untried.contains(version)) {
                continue;
            }
            TlsOutcome outcome = tls.fetch(host, port, addresses, List.of(version), true);
            if (outcome.hasCertificate()) {
                accepts.add(version);
                named = outcome.certificate();
            } else if (outcome.reachability().isReached()) {
                refuses.add(version);
            } else {
                return Optional.empty();
            }
        }
        if (named == null) {
            return Optional.empty();
        }
        String withoutSni = AddressForm.of(host) == AddressForm.IP_LITERAL ? null : withoutServerName(host, port,
                addresses, named);
        String description = "tls handshakes with " + server + ", one per protocol version"
                + (withoutSni == null ? "" : " and one without SNI")
                + (untried.isEmpty() ? "" : "; this JDK cannot offer " + String.join(", ", untried));
        return Optional.of(new TlsEndpoint(server, accepts, refuses, withoutSni, Source.probe(description)));
    }

    private String withoutServerName(String host, int port, List<InetAddress> addresses, X509Certificate named) {
        TlsOutcome outcome = tls.fetch(host, port, addresses, List.of(), false);
        if (!outcome.hasCertificate()) {
            return TlsEndpoint.REFUSED;
        }
        return sameCertificate(outcome.certificate(), named) ? TlsEndpoint.SAME_CERTIFICATE
                : TlsEndpoint.OTHER_CERTIFICATE;
    }

    private static boolean sameCertificate(X509Certificate one, X509Certificate other) {
        try {
            return Arrays.equals(one.getEncoded(), other.getEncoded());
        } catch (CertificateEncodingException unreadable) {
            return false;
        }
    }
}
