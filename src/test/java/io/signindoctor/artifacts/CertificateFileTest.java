package io.signindoctor.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.model.Certificate;
import io.signindoctor.testing.TestCertificates;
import io.signindoctor.testing.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Certificate files as Windows and openssl save them: a PEM chain gives its server certificate, DER reads too. */
class CertificateFileTest {

    @TempDir
    Path folder;

    private final List<String> notes = new ArrayList<>();

    @Test
    void aPemChainGivesOnlyTheServerCertificateAtItsLine() throws Exception {
        TestCertificates.Issued issued = TestCertificates.in(folder).issue("ocs-pool01.corp.contoso.com",
                List.of("ocs-pool01.corp.contoso.com", "sip.contoso.com"));

        List<Certificate> certificates = new CertificateFile(notes::add).read(ArtifactInput.read(issued.chain()));

        assertThat(certificates).singleElement().satisfies(certificate -> {
            assertThat(certificate.getSubjectName()).isEqualTo("ocs-pool01.corp.contoso.com");
            assertThat(certificate.covers("sip.contoso.com")).isTrue();
            assertThat(certificate.getServer()).isNull();
            assertThat(certificate.getSource().toString()).isEqualTo(issued.chain() + ":1");
        });
    }

    @Test
    void aDerCerFileIsRead() throws Exception {
        TestCertificates.Issued issued = TestCertificates.in(folder).issue("sip.contoso.com", List.of());
        Tools.run(folder, Tools.require("openssl", "openssl"), "x509", "-in", issued.certificate().toString(),
                "-outform", "DER", "-out", "server.cer");

        List<Certificate> certificates = new CertificateFile(notes::add).read(ArtifactInput.read(folder.resolve("server.cer")));

        assertThat(certificates).extracting(Certificate::getSubjectName).containsExactly("sip.contoso.com");
    }
}
