package io.signindoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.vocabulary.Schema;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Observations compare what the rules can see of facts, and nothing else. */
class ObservationTest {

    private static final Source LINE_3 = Source.text("queue.csv", 3);
    private static final Source LINE_9 = Source.text("other.csv", 9);

    private static ClientEvent.Builder connectFailure(Source source) {
        return ClientEvent.of(Schema.Events.Kind.CONNECT_FAILURE, source).server("10.0.0.5").port(5060).code(10061)
                .text("failed to connect");
    }

    @Test
    void whereAFactWasFoundDoesNotMatterButHowItWasLearnedDoes() {
        assertThat(Observation.of(List.of(new ClientSetting("transport", "TCP", LINE_3))))
                .isEqualTo(Observation.of(List.of(new ClientSetting("transport", "TCP", LINE_9))))
                .hasSameHashCodeAs(Observation.of(List.of(new ClientSetting("transport", "TCP", LINE_9))))
                .isNotEqualTo(Observation.of(List.of(new ClientSetting("transport", "TCP",
                        Source.file("queue.csv", 3)))));
    }

    @Test
    void everyValueOfEveryFactCounts() {
        Observation failure = Observation.of(List.of(connectFailure(LINE_3).build()));
        assertThat(Observation.of(List.of(connectFailure(LINE_9).build()))).isEqualTo(failure);
        assertThat(List.of(
                connectFailure(LINE_3).server("10.0.0.6").build(),
                connectFailure(LINE_3).port(5061).build(),
                connectFailure(LINE_3).code(10060).build(),
                connectFailure(LINE_3).text("could not connect").build(),
                connectFailure(LINE_3).path("C:\\Temp").build()))
                .allSatisfy(other -> assertThat(Observation.of(List.of(other))).isNotEqualTo(failure));
        assertThat(Observation.of(List.of(new ClientSetting("transport", "TCP", LINE_3))))
                .isNotEqualTo(Observation.of(List.of(new ClientSetting("transport", "TLS", LINE_3))))
                .isNotEqualTo(Observation.of(List.of(new ServerSetting("transport", "TCP", LINE_3))));
        assertThat(Observation.of(List.of(new RegistryValue(Schema.Registry.Machine.CLIENT, Schema.Registry.Key.DEFAULT,
                "NtlmMinClientSec", 0x20080000L, LINE_3))))
                .isNotEqualTo(Observation.of(List.of(new RegistryValue(Schema.Registry.Machine.CLIENT,
                        Schema.Registry.Key.DEFAULT,
                        "NtlmMinClientSec", 0x20080030L, LINE_3))));
    }

    @Test
    void aDescriptionMadeAtFirstUseIsNoPartOfWhatIsObserved() {
        ClientSetting described = new ClientSetting("transport", "TCP", LINE_3);
        ClientEvent failure = connectFailure(LINE_3).build();
        RegistryValue ntlm = new RegistryValue(Schema.Registry.Machine.CLIENT, Schema.Registry.Key.DEFAULT,
                "NtlmMinClientSec", 0x20080000L, LINE_3);
        described.describe();
        failure.describe();
        ntlm.describe();
        assertThat(Observation.of(List.of(described, failure, ntlm))).isEqualTo(Observation.of(List.of(
                new ClientSetting("transport", "TCP", LINE_9), connectFailure(LINE_9).build(),
                new RegistryValue(Schema.Registry.Machine.CLIENT, Schema.Registry.Key.DEFAULT, "NtlmMinClientSec",
                        0x20080000L, LINE_9))));
    }

    @Test
    void theOrderOfTheFactsCounts() {
        Fact transport = new ClientSetting("transport", "TCP", LINE_3);
        Fact configuration = new ClientSetting("configuration", "manual", LINE_3);
        assertThat(Observation.of(List.of(transport, configuration)))
                .isNotEqualTo(Observation.of(List.of(configuration, transport)));
    }

    private static List<Fact> manualServerAt(String setting, String eventServer, String quoted) {
        return List.of(new ClientSetting("internal-server", setting, LINE_3),
                connectFailure(LINE_3).server(eventServer).text(quoted).build());
    }

    @Test
    void upToAddressesOnlyWhichAddressRecursWhereCounts() {
        Observation first = Observation.upToAddresses(manualServerAt("10.1.1.7:5060", "10.1.1.7",
                "failed to connect to server 10.1.1.7 (10.1.1.7) on port 5060"));

        assertThat(Observation.upToAddresses(manualServerAt("192.168.40.2:5060", "192.168.40.2",
                "failed to connect to server 192.168.40.2 (192.168.40.2) on port 5060"))).isEqualTo(first)
                .hasSameHashCodeAs(first);
        assertThat(List.of(
                manualServerAt("10.1.1.7:5060", "10.1.1.8", "failed to connect to server 10.1.1.8 (10.1.1.8) on "
                        + "port 5060"),
                manualServerAt("10.1.1.7:5061", "10.1.1.7", "failed to connect to server 10.1.1.7 (10.1.1.7) on "
                        + "port 5060"),
                manualServerAt("ocs.contoso.com:5060", "10.1.1.7", "failed to connect to server 10.1.1.7 "
                        + "(10.1.1.7) on port 5060")))
                .allSatisfy(other -> assertThat(Observation.upToAddresses(other)).isNotEqualTo(first));
        assertThat(Observation.of(manualServerAt("192.168.40.2:5060", "192.168.40.2", "failed to connect to server "
                + "192.168.40.2 (192.168.40.2) on port 5060"))).isNotEqualTo(Observation.of(manualServerAt(
                "10.1.1.7:5060", "10.1.1.7", "failed to connect to server 10.1.1.7 (10.1.1.7) on port 5060")));
    }

    @Test
    void anAddressInsideANameOrALongerNumberKeepsEveryValueExact() {
        assertThat(Observation.upToAddresses(manualServerAt("10.1.1.7:5060", "10.1.1.7", "from host-10.1.1.7")))
                .isNotEqualTo(Observation.upToAddresses(manualServerAt("10.1.1.8:5060", "10.1.1.8",
                        "from host-10.1.1.8")));
        assertThat(Observation.upToAddresses(manualServerAt("10.1.1.7:5060", "110.1.1.7", "failed")))
                .isNotEqualTo(Observation.upToAddresses(manualServerAt("10.1.1.8:5060", "110.1.1.9", "failed")));
    }

    @Test
    void factsThatNameAVersionAreObservedExactly() {
        assertThat(Observation.upToAddresses(List.of(new ClientSetting("build", "16.0.1.2", LINE_3))))
                .isNotEqualTo(Observation.upToAddresses(List.of(new ClientSetting("build", "15.0.1.2", LINE_3))));
        assertThat(Observation.upToAddresses(List.of(new ClientSetting("internal-server", "16.0.1.2", LINE_3))))
                .isEqualTo(Observation.upToAddresses(List.of(new ClientSetting("internal-server", "15.0.1.2",
                        LINE_3))));
    }
}
