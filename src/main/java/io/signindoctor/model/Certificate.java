package io.signindoctor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A certificate a server presents (or has installed). Communicator checks the host name it connected to against the
 * subject common name and the subject alternative names, so both are kept, and {@link #covers(String)} answers the
 * question every certificate rule asks.
 */
public final class Certificate extends Fact {

    private final String server;
    private final String subjectName;
    private final List<String> alternativeNames;
    private final String issuer;
    private final String notAfter;
    private final Chain chain;

    /**
     * Where the presented chain ends and where the certificate says its revocation list is published: what a
     * client that is not joined to the domain (a phone, a home PC) needs to trust and check it.
     *
     * @param root the subject of the root the chain ends at, or null when not known
     * @param publicRoot whether that root is in a public trust store, or null when not known
     * @param crlUrls the CRL distribution points, in the certificate's order
     */
    public record Chain(String root, Boolean publicRoot, List<String> crlUrls) {

        public static final Chain UNKNOWN = new Chain(null, null, List.of());

        public Chain {
            crlUrls = List.copyOf(Objects.requireNonNullElse(crlUrls, List.of()));
        }
    }

    public Certificate(String server, String subjectName, List<String> alternativeNames, String issuer,
            String notAfter, Source source) {
        this(server, subjectName, alternativeNames, issuer, notAfter, Chain.UNKNOWN, source);
    }

    public Certificate(String server, String subjectName, List<String> alternativeNames, String issuer,
            String notAfter, Chain chain, Source source) {
        super(source);
        this.server = server;
        this.subjectName = subjectName;
        this.alternativeNames = List.copyOf(Objects.requireNonNullElse(alternativeNames, List.of()));
        this.issuer = issuer;
        this.notAfter = notAfter;
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    /** A certificate an engineer describes by its names: the subject first, then the alternative names. */
    public static Certificate fromAnswer(String names, Source source) {
        List<String> all = java.util.Arrays.stream(names.split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).toList();
        return new Certificate(null, all.get(0), all.subList(1, all.size()), null, null, source);
    }

    /** The server the certificate was found on (host name or host:port), or null when not said. */
    public String getServer() {
        return server;
    }

    /** The host part of {@link #getServer()}, in canonical form, or null when the server is not said. */
    public String getServerHost() {
        if (server == null) {
            return null;
        }
        String host = server.startsWith("[") ? server.substring(1, Math.max(1, server.indexOf(']')))
                : server.replaceFirst(":\\d+$", "");
        return HostNameMatch.canonical(host);
    }

    public String getSubjectName() {
        return subjectName;
    }

    public List<String> getAlternativeNames() {
        return alternativeNames;
    }

    public String getIssuer() {
        return issuer;
    }

    public String getNotAfter() {
        return notAfter;
    }

    public Chain getChain() {
        return chain;
    }

    public String getChainRoot() {
        return chain.root();
    }

    /** Whether the chain ends at a public root; null when nobody knows. */
    public Boolean getPublicRoot() {
        return chain.publicRoot();
    }

    public List<String> getCrlUrls() {
        return chain.crlUrls();
    }

    /**
     * Whether the certificate names revocation lists but none over HTTP: a client outside the domain cannot read
     * an LDAP or file location, so it cannot check revocation.
     */
    public boolean isCrlOnlyOffHttp() {
        return !chain.crlUrls().isEmpty() && chain.crlUrls().stream()
                .noneMatch(url -> url.regionMatches(true, 0, "http://", 0, 7)
                        || url.regionMatches(true, 0, "https://", 0, 8));
    }

    /** Every DNS name the certificate speaks for: subject common name first, then the alternative names. */
    public Set<String> getNames() {
        Set<String> names = new LinkedHashSet<>();
        if (subjectName != null) {
            names.add(subjectName);
        }
        names.addAll(alternativeNames);
        return Collections.unmodifiableSet(names);
    }

    /** Whether a client connecting to this host name would accept the certificate's names. */
    public boolean covers(String hostName) {
        return HostNameMatch.anyCovers(getNames(), hostName);
    }

    @Override
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add("subject " + subjectName);
        if (!alternativeNames.isEmpty()) {
            parts.add("alternative names " + String.join(", ", alternativeNames));
        }
        if (chain.root() != null) {
            parts.add("chain ends at " + chain.root() + (Boolean.FALSE.equals(chain.publicRoot())
                    ? " (not a public root)" : Boolean.TRUE.equals(chain.publicRoot()) ? " (a public root)" : ""));
        }
        if (!chain.crlUrls().isEmpty()) {
            parts.add("CRL at " + String.join(", ", chain.crlUrls()));
        }
        return "certificate" + (server == null ? "" : " on " + server) + ": " + String.join("; ", parts);
    }
}
