package io.signindoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An incident is remembered when its fields come a second time, unless they are too long to be worth keeping; its
 * classification is then shared by the incidents with the same fields, and marked so that the writer encodes it once.
 */
class RecentIncidentsTest {

    private static IncidentKey key(String... fields) {
        return new IncidentKey(fields);
    }

    private static Classification classification() {
        return new Classification(new Judgement(null, List.of(), List.of(), List.of()), List.of());
    }

    @Test
    void anIncidentMetOnceIsNotRemembered() {
        RecentIncidents incidents = new RecentIncidents();
        incidents.offer(key("office", "Cannot sign in"), classification());

        assertThat(incidents.find(key("office", "Cannot sign in"))).isNull();
    }

    @Test
    void anIncidentMetAgainIsRememberedAndSharedByTheSameFields() {
        RecentIncidents incidents = new RecentIncidents();
        incidents.offer(key("office", "Cannot sign in"), classification());
        Classification second = classification();
        incidents.offer(key("office", "Cannot sign in"), second);

        assertThat(incidents.find(key("office", "Cannot sign in"))).isSameAs(second);
        assertThat(second.isRemembered()).isTrue();
        assertThat(incidents.find(key("home", "Cannot sign in"))).isNull();
        assertThat(incidents.find(key(null, "Cannot sign in"))).isNull();
    }

    @Test
    void aLongIncidentIsNeverRemembered() {
        RecentIncidents incidents = new RecentIncidents();
        String page = "Cannot sign in. ".repeat(1_000);
        incidents.offer(key("office", page), classification());
        Classification second = classification();
        incidents.offer(key("office", page), second);

        assertThat(incidents.find(key("office", page))).isNull();
        assertThat(second.isRemembered()).isFalse();
    }
}
