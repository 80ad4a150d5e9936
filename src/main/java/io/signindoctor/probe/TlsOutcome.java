package io.signindoctor.probe;

import java.security.cert.X509Certificate;
import java.util.List;

/**
 * What a TLS probe met: no connection (reachability says why), a connection whose handshake failed (failure says
 * why), or the chain the server presented, its own certificate first.
 */
public record TlsOutcome(Reachability reachability, List<X509Certificate> chain, String failure) {

    public TlsOutcome {
        chain = List.copyOf(chain);
    }

    public boolean hasCertificate() {
        return !chain.isEmpty();
    }

    /** The server's own certificate, or null when none was presented. */
    public X509Certificate certificate() {
        return chain.isEmpty() ? null : chain.get(0);
    }
}
