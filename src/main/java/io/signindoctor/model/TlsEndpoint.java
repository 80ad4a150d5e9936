package io.signindoctor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a TLS server answers clients of different ages: which protocol versions it completes a handshake with, and
 * what it does for a client that names no server (no SNI). Old clients (Lync 2010, Lync Phone Edition, Lync 2013
 * mobile) offer only TLS 1.0 or send no server name, so a server that refuses either is out of their reach.
 */
public final class TlsEndpoint extends Fact {

    public static final String SAME_CERTIFICATE = "same-certificate";
    public static final String OTHER_CERTIFICATE = "other-certificate";
    public static final String REFUSED = "refused";

    private final String server;
    private final List<String> accepts;
    private final List<String> refuses;
    private final String withoutSni;

    public TlsEndpoint(String server, List<String> accepts, List<String> refuses, String withoutSni, Source source) {
        super(source);
        this.server = Objects.requireNonNull(server, "server");
        this.accepts = List.copyOf(accepts);
        this.refuses = List.copyOf(refuses);
        this.withoutSni = withoutSni;
    }

    public String getServer() {
        return server;
    }

    public List<String> getAccepts() {
        return accepts;
    }

    public List<String> getRefuses() {
        return refuses;
    }

    /** Whether the server refuses every protocol version older than TLS 1.2 that was tried, and accepts a newer one. */
    public boolean isOnlyTls12OrLater() {
        return refuses.contains("TLSv1") && refuses.contains("TLSv1.1")
                && (accepts.contains("TLSv1.2") || accepts.contains("TLSv1.3"));
    }

    public String getWithoutSni() {
        return withoutSni;
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!accepts.isEmpty()) {
            parts.add("accepts " + String.join(", ", accepts));
        }
        if (!refuses.isEmpty()) {
            parts.add("refuses " + String.join(", ", refuses));
        }
        if (withoutSni != null) {
            parts.add("without SNI: " + withoutSni.replace('-', ' '));
        }
        return "TLS on " + server + ": " + String.join("; ", parts);
    }
}
