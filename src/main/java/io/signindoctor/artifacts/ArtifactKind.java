package io.signindoctor.artifacts;

import io.signindoctor.artifacts.dns.DnsListingReader;
import java.nio.charset.StandardCharsets;

/**
 * The kinds of artifact the readers take, and which one a file is, told from its content as the readers themselves
 * tell formats apart: an upload's name or type says little (a .txt may be an event export, an nslookup run or a
 * ticket), and its content is what will be read.
 */
public enum ArtifactKind {
    /** A .reg export, read by {@link RegistryFacts}; it needs the role of its machine. */
    REGISTRY,
    /** A certificate file, read by {@link CertificateFile}. */
    CERTIFICATE,
    /** nslookup, dig, dnscmd or PowerShell output, or zone file text, read by {@link DnsListingReader}. */
    DNS_LISTING,
    /** An event-log export, a client log or a SIP trace, read by {@link ClientLogReader}. */
    LOG;

    private static final String PEM = "-----BEGIN CERTIFICATE-----";
    /** The first byte of DER: a SEQUENCE; a certificate's length needs the long form (0x81 to 0x84). */
    private static final int DER_SEQUENCE = 0x30;

    public static ArtifactKind detect(ArtifactInput input) {
        byte[] bytes = input.bytes();
        if (bytes.length > 2 && (bytes[0] & 0xFF) == DER_SEQUENCE && (bytes[1] & 0xFF) >= 0x81
                && (bytes[1] & 0xFF) <= 0x84) {
            return CERTIFICATE;
        }
        if (new String(bytes, StandardCharsets.ISO_8859_1).contains(PEM)) {
            return CERTIFICATE;
        }
        ExportedText text = ExportedText.of(input);
        if (RegistryExport.isRegistryExport(text)) {
            return REGISTRY;
        }
        return DnsListingReader.recognises(text) ? DNS_LISTING : LOG;
    }
}
