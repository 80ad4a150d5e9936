package io.signindoctor.probe;

import io.signindoctor.model.Source;
import java.security.cert.X509Certificate;
import java.util.List;

/** The certificate chain a server presented in a probe's handshake, its own certificate first. */
public record PresentedChain(String server, List<X509Certificate> chain, Source source) {

    public PresentedChain {
        chain = List.copyOf(chain);
    }
}
