package io.signindoctor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Support, Need and Advisory write out equals, hashCode and toString (for start-up); they must give what the
 * record's generated methods give, since truth maintenance hashes conclusions and reports sort them by toString. The
 * records nested here have the same names and components and keep the generated methods.
 */
class ConclusionMethodsTest {

    private interface Generated {
        record Support(String ruleId, String cause, double confidence, List<Fact> evidence) {
        }

        record Need(String ruleId, String fact, List<String> causes, List<Fact> evidence) {
        }

        record Advisory(String ruleId, String topic, List<Fact> evidence) {
        }
    }

    private static final List<Fact> EVIDENCE = List.of(new ClientSetting("configuration", "manual",
            Source.text("case.yaml", 16)), new ClientSetting("transport", "TCP", Source.text("case.yaml", 18)));

    @Test
    void supportGivesWhatTheGeneratedMethodsGive() {
        for (double confidence : new double[] {0.8, -0.6, 0.0, -0.0}) {
            Support support = new Support("MAN-001", "manual-server-not-fqdn", confidence, EVIDENCE);
            Generated.Support generated = new Generated.Support("MAN-001", "manual-server-not-fqdn", confidence,
                    EVIDENCE);
            assertThat(support).hasToString(generated.toString()).hasSameHashCodeAs(generated)
                    .isEqualTo(new Support("MAN-001", "manual-server-not-fqdn", confidence, EVIDENCE));
        }
        Support support = new Support("MAN-001", "manual-server-not-fqdn", 0.8, EVIDENCE);
        assertThat(List.of(
                new Support("MAN-002", "manual-server-not-fqdn", 0.8, EVIDENCE),
                new Support("MAN-001", "manual-tls-not-selected", 0.8, EVIDENCE),
                new Support("MAN-001", "manual-server-not-fqdn", 0.7, EVIDENCE),
                new Support("MAN-001", "manual-server-not-fqdn", 0.8, EVIDENCE.subList(0, 1))))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(support));
        assertThat(new Support("A", "c", 0.0, List.of())).isNotEqualTo(new Support("A", "c", -0.0, List.of()));
        assertThat(support).isNotEqualTo(new Generated.Support("MAN-001", "manual-server-not-fqdn", 0.8, EVIDENCE));
    }

    @Test
    void needGivesWhatTheGeneratedMethodsGive() {
        Need need = new Need("MAN-010", "client.transport", List.of("manual-tls-not-selected"), EVIDENCE);
        Generated.Need generated = new Generated.Need("MAN-010", "client.transport",
                List.of("manual-tls-not-selected"), EVIDENCE);
        assertThat(need).hasToString(generated.toString()).hasSameHashCodeAs(generated)
                .isEqualTo(new Need("MAN-010", "client.transport", List.of("manual-tls-not-selected"), EVIDENCE));
        assertThat(List.of(
                new Need("MAN-011", "client.transport", List.of("manual-tls-not-selected"), EVIDENCE),
                new Need("MAN-010", "server.tls-required", List.of("manual-tls-not-selected"), EVIDENCE),
                new Need("MAN-010", "client.transport", List.of("manual-server-not-fqdn"), EVIDENCE),
                new Need("MAN-010", "client.transport", List.of("manual-tls-not-selected"), List.of())))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(need));
    }

    @Test
    void advisoryGivesWhatTheGeneratedMethodsGive() {
        Advisory advisory = new Advisory("SEC-001", "tcp-without-tls", EVIDENCE);
        Generated.Advisory generated = new Generated.Advisory("SEC-001", "tcp-without-tls", EVIDENCE);
        assertThat(advisory).hasToString(generated.toString()).hasSameHashCodeAs(generated)
                .isEqualTo(new Advisory("SEC-001", "tcp-without-tls", EVIDENCE));
        assertThat(List.of(
                new Advisory("SEC-002", "tcp-without-tls", EVIDENCE),
                new Advisory("SEC-001", "other-topic", EVIDENCE),
                new Advisory("SEC-001", "tcp-without-tls", List.of())))
                .allSatisfy(other -> assertThat(other).isNotEqualTo(advisory));
    }
}
