package io.signindoctor.artifacts;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.Certificate;
import io.signindoctor.model.Source;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

/**
 * A certificate saved to a file: PEM (one or more "BEGIN CERTIFICATE" blocks, as the Windows "Base-64 encoded X.509
 * (.CER)" export also writes), or DER (the binary .cer export). A file holding a chain gives only its server
 * certificates: a CA certificate is never what a client checks the server's name against.
 */
public final class CertificateFile {

    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";

    private final Consumer<String> notes;

    public CertificateFile(Consumer<String> notes) {
        this.notes = notes;
    }

    public List<Certificate> read(ArtifactInput input) throws InvalidInputException {
        String display = input.name();
        byte[] bytes = input.bytes();
        List<Located> found = new String(bytes, StandardCharsets.ISO_8859_1).contains(BEGIN)
                ? pem(display, new String(bytes, StandardCharsets.ISO_8859_1))
                : List.of(new Located(parse(display, 0, bytes), 0));
        List<Located> servers = found.stream().filter(located -> located.x509().getBasicConstraints() < 0).toList();
        List<Certificate> certificates = new ArrayList<>();
        for (Located located : servers.isEmpty() ? found.subList(0, 1) : servers) {
            Source source = Source.file(display, located.line());
            X509Facts.of(located.x509(), null, source).ifPresentOrElse(certificates::add,
                    () -> notes.accept(source + ": the certificate names no host; not used"));
        }
        return certificates;
    }

    private record Located(X509Certificate x509, int line) {
    }

    private static List<Located> pem(String display, String text) throws InvalidInputException {
        List<Located> found = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].trim().equals(BEGIN)) {
                continue;
            }
            int begin = i + 1;
            StringBuilder base64 = new StringBuilder();
            while (++i < lines.length && !lines[i].trim().equals(END)) {
                base64.append(lines[i].trim());
            }
            if (i == lines.length) {
                throw problem(display, begin, "expected " + END + " to close the certificate that starts here");
            }
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(base64.toString());
            } catch (IllegalArgumentException notBase64) {
                throw problem(display, begin, "the certificate is not valid base64: " + notBase64.getMessage());
            }
            found.add(new Located(parse(display, begin, der), begin));
        }
        return found;
    }

    private static X509Certificate parse(String display, int line, byte[] der) throws InvalidInputException {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException notACertificate) {
            throw problem(display, line, "expected an X.509 certificate in PEM (" + BEGIN + "), DER or CER form; "
                    + notACertificate.getMessage());
        }
    }

    private static InvalidInputException problem(String display, int line, String message) {
        return new InvalidInputException(new InputProblem(display, line, 0, "", message));
    }
}
