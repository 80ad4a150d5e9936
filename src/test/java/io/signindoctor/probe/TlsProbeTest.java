package io.signindoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.artifacts.X509Facts;
import io.signindoctor.model.Certificate;
import io.signindoctor.model.Source;
import io.signindoctor.testing.LoopbackServer;
import io.signindoctor.testing.TestCertificates;
import io.signindoctor.testing.Tools;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe completes a handshake with any certificate, including those no client would trust, and reports it. */
class TlsProbeTest {

    private static final List<InetAddress> LOOPBACK = List.of(InetAddress.getLoopbackAddress());
    private final TlsProbe probe = new TlsProbe(new TcpProbe(Duration.ofSeconds(2)));

    @TempDir
    Path folder;

    private Certificate fetch(LoopbackServer server) {
        TlsOutcome outcome = probe.fetch("sip.contoso.com", server.port(), LOOPBACK);
        assertThat(outcome.failure()).isNull();
        return X509Facts.of(outcome.certificate(), "sip.contoso.com:" + server.port(), Source.probe("test"))
                .orElseThrow();
    }

    @Test
    void aMismatchingCertificateIsFetchedAndDoesNotCoverTheName() throws Exception {
        TestCertificates ca = TestCertificates.in(folder);
        try (LoopbackServer server = LoopbackServer.tls(folder, ca.issue("ocs-pool01.corp.contoso.com",
                List.of("ocs-pool01.corp.contoso.com")))) {
            Certificate certificate = fetch(server);

            assertThat(certificate.getSubjectName()).isEqualTo("ocs-pool01.corp.contoso.com");
            assertThat(certificate.getIssuer()).isEqualTo("CN=Contoso Test Issuing CA");
            assertThat(certificate.covers("sip.contoso.com")).isFalse();
            assertThat(certificate.covers("ocs-pool01.corp.contoso.com")).isTrue();
        }
    }

    @Test
    void aWildcardCoversOneLabelOnly() throws Exception {
        TestCertificates ca = TestCertificates.in(folder);
        try (LoopbackServer server = LoopbackServer.tls(folder, ca.issue("*.contoso.com", List.of("*.contoso.com")))) {
            Certificate certificate = fetch(server);

            assertThat(certificate.covers("sip.contoso.com")).isTrue();
            assertThat(certificate.covers("contoso.com")).isFalse();
            assertThat(certificate.covers("ocs-pool01.corp.contoso.com")).isFalse();
        }
    }

    @Test
    void anExpiredCertificateIsStillFetchedWithItsExpiry() throws Exception {
        TestCertificates ca = TestCertificates.in(folder);
        try (LoopbackServer server = LoopbackServer.tls(folder, ca.issueExpired("sip.contoso.com", List.of("sip.contoso.com")))) {
            assertThat(fetch(server).getNotAfter()).isEqualTo("2020-02-01T00:00:00Z");
        }
    }

    @Test
    void aServerThatSpeaksOnlyTls10IsStillRead() throws Exception {
        TestCertificates ca = TestCertificates.in(folder);
        try (LoopbackServer server = LoopbackServer.tls(folder, ca.issue("sip.contoso.com", List.of("sip.contoso.com")),
                "-tls1", "-cipher", "DEFAULT@SECLEVEL=0")) {
            assertThat(fetch(server).covers("sip.contoso.com")).isTrue();
        }
    }

    @Test
    void aClosedPortIsAConnectFailureNotAnError() throws Exception {
        int closed = Tools.freePort();

        TlsOutcome outcome = probe.fetch("sip.contoso.com", closed, LOOPBACK);

        assertThat(outcome.hasCertificate()).isFalse();
        assertThat(outcome.reachability().event().orElseThrow().getCode()).isEqualTo(10061);
    }
}
