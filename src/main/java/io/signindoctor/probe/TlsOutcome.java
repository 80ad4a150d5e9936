package io.signindoctor.probe;

import java.security.cert.X509Certificate;

/**
 * What a TLS probe met: no connection (reachability says why), a connection whose handshake failed (failure says
 * why), or the certificate the server presented.
 */
public record TlsOutcome(Reachability reachability, X509Certificate certificate, String failure) {

    public boolean hasCertificate() {
        return certificate != null;
    }
}
