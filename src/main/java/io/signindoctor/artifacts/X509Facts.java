package io.signindoctor.artifacts;

import io.signindoctor.model.Certificate;
import io.signindoctor.model.Source;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Reads from an X.509 certificate the names a client checks (subject common name, DNS and IP alternative names), its
 * issuer and its expiry, whether the certificate came from a handshake or from a file.
 */
public final class X509Facts {

    private static final int SAN_DNS = 2;
    private static final int SAN_IP = 7;

    private X509Facts() {
    }

    /**
     * The certificate as a fact. Empty when it names no host at all (neither a common name nor an alternative name),
     * since no client could ever accept it for a server and the facts file has no way to say so.
     */
    public static Optional<Certificate> of(X509Certificate x509, String server, Source source) {
        List<String> alternativeNames = alternativeNames(x509);
        String subject = commonName(x509).orElse(alternativeNames.isEmpty() ? null : alternativeNames.get(0));
        if (subject == null) {
            return Optional.empty();
        }
        return Optional.of(new Certificate(server, subject, alternativeNames, x509.getIssuerX500Principal().toString(),
                x509.getNotAfter().toInstant().toString(), source));
    }

    /**
     * The server certificate of a presented chain as a fact, with where the chain ends and where revocation is
     * published; empty as {@link #of(X509Certificate, String, Source)} is.
     */
    public static Optional<Certificate> ofChain(List<X509Certificate> chain, String server, Source source) {
        return of(chain.get(0), server, source).map(certificate -> new Certificate(certificate.getServer(),
                certificate.getSubjectName(), certificate.getAlternativeNames(), certificate.getIssuer(),
                certificate.getNotAfter(), ChainFacts.of(chain), source));
    }

    /** The most specific common name of the subject, the one clients compare when there is more than one. */
    static Optional<String> commonName(X509Certificate x509) {
        try {
            String found = null;
            for (Rdn rdn : new LdapName(x509.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    found = rdn.getValue().toString();
                }
            }
            return Optional.ofNullable(found);
        } catch (InvalidNameException unreadable) {
            return Optional.empty();
        }
    }

    static List<String> alternativeNames(X509Certificate x509) {
        List<String> names = new ArrayList<>();
        try {
            Collection<List<?>> entries = x509.getSubjectAlternativeNames();
            if (entries != null) {
                for (List<?> entry : entries) {
                    int type = (Integer) entry.get(0);
                    if (type == SAN_DNS || type == SAN_IP) {
                        names.add(entry.get(1).toString());
                    }
                }
            }
        } catch (CertificateParsingException unreadable) {
            return List.of();
        }
        return names;
    }
}
