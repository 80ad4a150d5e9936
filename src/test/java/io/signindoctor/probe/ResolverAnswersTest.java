package io.signindoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.model.DnsRecord;
import io.signindoctor.testing.LoopbackServer;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every answer a real DNS server can give becomes a fact: found, no such name, no data, refused, no answer. */
class ResolverAnswersTest {

    @TempDir
    static Path folder;

    private static DatagramSocket silentUpstream;
    private static LoopbackServer dns;
    private static ResolverAnswers answers;

    @BeforeAll
    static void start() throws Exception {
        silentUpstream = new DatagramSocket(0, InetAddress.getLoopbackAddress());
        dns = LoopbackServer.dnsmasq(folder, List.of(
                "local=/contoso.com/",
                "srv-host=_sipinternaltls._tcp.contoso.com,sip.contoso.com,5061",
                "host-record=sip.contoso.com,127.0.0.1",
                "cname=lyncdiscover.contoso.com,sip.contoso.com",
                "server=/wingtiptoys.com/127.0.0.1#" + silentUpstream.getLocalPort()));
        answers = ResolverAnswers.server("127.0.0.1", dns.port(), Duration.ofSeconds(1));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        dns.close();
        silentUpstream.close();
    }

    @Test
    void aFoundSrvRecordGivesItsTargetAndPort() {
        List<DnsRecord> records = answers.lookup("_sipinternaltls._tcp.contoso.com", "SRV");

        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.describe()).isEqualTo("DNS SRV _sipinternaltls._tcp.contoso.com -> sip.contoso.com:5061");
            assertThat(record.getSource().toString()).isEqualTo(
                    "probe dns SRV _sipinternaltls._tcp.contoso.com via 127.0.0.1:" + dns.port());
        });
    }

    @Test
    void noSuchNameAndNoDataAreToldApart() {
        assertThat(answers.lookup("_sipinternal._tcp.contoso.com", "SRV")).extracting(DnsRecord::getResult)
                .containsExactly("nxdomain");
        assertThat(answers.lookup("sip.contoso.com", "AAAA")).extracting(DnsRecord::getResult)
                .containsExactly("no-data");
    }

    @Test
    void anAliasIsFollowedToTheAddress() {
        assertThat(answers.lookup("lyncdiscover.contoso.com", "A")).extracting(DnsRecord::describe).containsExactly(
                "DNS CNAME lyncdiscover.contoso.com -> sip.contoso.com", "DNS A sip.contoso.com -> 127.0.0.1");
    }

    @Test
    void aRefusedQueryIsAServerFailureThatNamesTheCode() {
        DnsRecord refused = answers.lookup("_sipinternaltls._tcp.northwindtraders.com", "SRV").get(0);

        assertThat(refused.getResult()).isEqualTo("servfail");
        assertThat(refused.getSource().where()).endsWith("(REFUSED)");
    }

    @Test
    void aServerThatNeverAnswersIsATimeout() {
        DnsRecord silent = answers.lookup("_sipinternaltls._tcp.wingtiptoys.com", "SRV").get(0);

        assertThat(silent.getResult()).isEqualTo("timeout");
        assertThat(silent.getSource().where()).contains("(no answer: ");
    }
}
