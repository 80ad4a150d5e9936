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
}
