package io.signindoctor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Server certificates made with the openssl CLI, issued by a test CA, with any names and any validity dates (openssl
 * ca is used because it is the one openssl command that can date a certificate in the past, for the expired case).
 */
public final class TestCertificates {

    /** An issued certificate: its PEM, its key, and a chain file holding it followed by the CA's certificate. */
    public record Issued(Path certificate, Path key, Path chain) {
    }

    private static final String CONFIG = """
            [ca]
            default_ca = test
            [test]
            database = index.txt
            new_certs_dir = .
            serial = serial
            default_md = sha256
            policy = anything
            copy_extensions = copy
            unique_subject = no
            [anything]
            commonName = supplied
            """;

    private final Path folder;
    private final String openssl;
    private int issued;

    private TestCertificates(Path folder) {
        this.folder = folder;
        this.openssl = Tools.require("openssl", "openssl");
    }

    /** A new test CA in the folder ("CN=Contoso Test Issuing CA"). */
    public static TestCertificates in(Path folder) throws IOException, InterruptedException {
        TestCertificates ca = new TestCertificates(folder);
        Files.writeString(folder.resolve("ca.cnf"), CONFIG, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("index.txt"), "");
        Files.writeString(folder.resolve("serial"), "01\n");
        Tools.run(folder, ca.openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out",
                "ca.pem", "-days", "3650", "-subj", "/CN=Contoso Test Issuing CA");
        return ca;
    }

    /** A certificate valid for ten years from yesterday. */
    public Issued issue(String commonName, List<String> alternativeNames) throws IOException, InterruptedException {
        return issue(commonName, alternativeNames, List.of(), "-days", "3650");
    }

    /**
     * A certificate valid for ten years with further X.509v3 extensions as openssl's -addext takes them, such as
     * "crlDistributionPoints=URI:ldap:///CN=Contoso%20CA,CN=CDP".
     */
    public Issued issueWith(String commonName, List<String> alternativeNames, List<String> extensions)
            throws IOException, InterruptedException {
        return issue(commonName, alternativeNames, extensions, "-days", "3650");
    }

    /** The certificate, its key and the CA's certificate as a PKCS#12 key store with this password, for Java servers. */
    public Path pkcs12(Issued issued, String password) throws IOException, InterruptedException {
        Path store = Path.of(issued.certificate().toString().replaceFirst("\\.pem$", ".p12"));
        Tools.run(folder, openssl, "pkcs12", "-export", "-in", issued.certificate().toString(), "-inkey",
                issued.key().toString(), "-certfile", folder.resolve("ca.pem").toString(), "-name", "server",
                "-out", store.toString(), "-passout", "pass:" + password);
        return store;
    }

    /** A certificate that expired on 1 February 2020. */
    public Issued issueExpired(String commonName, List<String> alternativeNames)
            throws IOException, InterruptedException {
        return issue(commonName, alternativeNames, List.of(), "-startdate", "20200101000000Z", "-enddate",
                "20200201000000Z");
    }

    private Issued issue(String commonName, List<String> alternativeNames, List<String> extensions,
            String... validity) throws IOException, InterruptedException {
        String name = "server" + (++issued);
        List<String> request = new ArrayList<>(List.of(openssl, "req", "-new", "-newkey", "rsa:2048",
                "-nodes", "-keyout", name + ".key", "-out", name + ".csr", "-subj", "/CN=" + commonName));
        if (!alternativeNames.isEmpty()) {
            request.addAll(List.of("-addext", "subjectAltName=" + alternativeNames.stream().map(san -> "DNS:" + san)
                    .collect(Collectors.joining(","))));
        }
        extensions.forEach(extension -> request.addAll(List.of("-addext", extension)));
        Tools.run(folder, request.toArray(new String[0]));
        List<String> sign = new ArrayList<>(List.of(openssl, "ca", "-batch", "-config", "ca.cnf", "-cert",
                "ca.pem", "-keyfile", "ca.key", "-in", name + ".csr", "-out", name + ".pem", "-notext"));
        sign.addAll(List.of(validity));
        Tools.run(folder, sign.toArray(new String[0]));
        Path chain = folder.resolve(name + "-chain.pem");
        Files.writeString(chain, Files.readString(folder.resolve(name + ".pem"))
                + Files.readString(folder.resolve("ca.pem")));
        return new Issued(folder.resolve(name + ".pem"), folder.resolve(name + ".key"), chain);
    }
}
