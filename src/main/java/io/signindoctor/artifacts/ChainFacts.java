package io.signindoctor.artifacts;

import io.signindoctor.model.Certificate;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * Where a presented chain ends and where its server certificate says revocation is published. A device that is not
 * joined to the domain (a phone, a home PC, a Store app) trusts only public roots and can only fetch a CRL over
 * HTTP, so these two facts decide whether it can accept a certificate a domain member accepts without a word.
 * "Public" means a root of this JDK's trust store, the same public programme lists phones and browsers ship.
 */
final class ChainFacts {

    private static final String CRL_DISTRIBUTION_POINTS = "2.5.29.31";
    private static final int URI_TAG = 0x86;

    private ChainFacts() {
    }

    static Certificate.Chain of(List<X509Certificate> chain) {
        X509Certificate last = chain.get(chain.size() - 1);
        boolean selfSigned = last.getSubjectX500Principal().equals(last.getIssuerX500Principal());
        String root = (selfSigned ? last.getSubjectX500Principal() : last.getIssuerX500Principal()).toString();
        return new Certificate.Chain(root, publicRoot(last, selfSigned), crlUrls(chain.get(0)));
    }

    /** Whether the last certificate is, or is signed by, a root of the public trust store; date and use aside. */
    private static boolean publicRoot(X509Certificate last, boolean selfSigned) {
        for (X509Certificate anchor : publicRoots()) {
            if (selfSigned && Arrays.equals(encoded(anchor), encoded(last))) {
                return true;
            }
            if (!selfSigned && anchor.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
                try {
                    last.verify(anchor.getPublicKey());
                    return true;
                } catch (GeneralSecurityException otherKey) {
                    // a root of the same name with another key does not vouch for this chain
                }
            }
        }
        return false;
    }

    private static X509Certificate[] publicRoots() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return Arrays.stream(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                    .map(X509TrustManager.class::cast).flatMap(manager -> Arrays.stream(manager.getAcceptedIssuers()))
                    .toArray(X509Certificate[]::new);
        } catch (GeneralSecurityException noStore) {
            return new X509Certificate[0];
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (GeneralSecurityException unreadable) {
            return new byte[0];
        }
    }

    /**
     * The URIs of the CRL distribution points extension (RFC 5280 4.2.1.13): every uniformResourceIdentifier
     * ([6] IA5String) inside it, found by walking its DER without a parser library.
     */
    static List<String> crlUrls(X509Certificate certificate) {
        byte[] extension = certificate.getExtensionValue(CRL_DISTRIBUTION_POINTS);
        List<String> urls = new ArrayList<>();
        if (extension != null) {
            walk(extension, 0, extension.length, urls, 0);
        }
        return urls;
    }

    /** Collects URI values from DER between start and end, descending into constructed values. */
    private static void walk(byte[] der, int start, int end, List<String> urls, int depth) {
        int at = start;
        while (at + 2 <= end && depth < 16) {
            int tag = der[at] & 0xff;
            int lengthByte = der[at + 1] & 0xff;
            int header = 2;
            int length = lengthByte;
            if (lengthByte > 0x80) {
                int octets = lengthByte - 0x80;
                if (octets > 3 || at + 2 + octets > end) {
                    return;
                }
                length = 0;
                for (int i = 0; i < octets; i++) {
                    length = (length << 8) | (der[at + 2 + i] & 0xff);
                }
                header += octets;
            } else if (lengthByte == 0x80) {
                return;
            }
            int contentStart = at + header;
            int contentEnd = contentStart + length;
            if (contentEnd > end || length < 0) {
                return;
            }
            if (tag == URI_TAG) {
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                text.write(der, contentStart, length);
                urls.add(text.toString(StandardCharsets.US_ASCII));
            } else if ((tag & 0x20) != 0 || tag == 0x04) {
                walk(der, contentStart, contentEnd, urls, depth + 1);
            }
            at = contentEnd;
        }
    }
}
