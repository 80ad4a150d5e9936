package io.signindoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.model.ClientSetting;
import io.signindoctor.model.Observation;
import io.signindoctor.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cache keeps the verdicts still asked for and forgets, within its bound, those no incident asked for lately. */
class VerdictCacheTest {

    private static Observation port(int port) {
        return Observation.of(List.of(new ClientSetting("internal-server", "10.0.0.1:" + port,
                Source.file("queue.csv", 2))));
    }

    private static Verdict verdict(String cause) {
        return new Verdict(List.of(new CauseScore(cause, 0.9)), List.of(), List.of("MAN-001"));
    }

    @Test
    void aVerdictAskedForWhileOthersComeAndGoIsKept() {
        VerdictCache cache = new VerdictCache(4);
        Verdict kept = verdict("manual-server-not-fqdn");
        cache.remember(port(1), kept);

        for (int port = 2; port < 40; port++) {
            cache.remember(port(port), verdict("pool-tcp-port-not-5060"));
            assertThat(cache.find(port(1))).isSameAs(kept);
        }
    }

    @Test
    void aVerdictNobodyAsksForIsForgottenOnceTwiceTheBoundCameAfterIt() {
        VerdictCache cache = new VerdictCache(4);
        cache.remember(port(1), verdict("manual-server-not-fqdn"));
        assertThat(cache.find(port(1))).isNotNull();

        for (int port = 2; port < 10; port++) {
            cache.remember(port(port), verdict("pool-tcp-port-not-5060"));
        }

        assertThat(cache.find(port(1))).isNull();
        assertThat(cache.find(port(9))).isNotNull();
    }

    @Test
    void theFirstGenerationsAreSmallAndEachTwiceTheOneBefore() {
        VerdictCache cache = new VerdictCache(VerdictCache.REMEMBERED);
        cache.remember(port(1), verdict("manual-server-not-fqdn"));

        for (int port = 2; port <= 3 * VerdictCache.FIRST; port++) {
            cache.remember(port(port), verdict("pool-tcp-port-not-5060"));
        }

        assertThat(cache.find(port(1))).isNull();
        assertThat(cache.find(port(3 * VerdictCache.FIRST))).isNotNull();
    }
}
