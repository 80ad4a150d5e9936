package io.signindoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Equal verdicts are handed out as one object, and the memory of them stays within its bound. */
class DistinctVerdictsTest {

    private static Verdict verdict(String cause, double confidence) {
        return new Verdict(List.of(new CauseScore(cause, confidence)), List.of(), List.of("MAN-001"));
    }

    @Test
    void anEqualVerdictIsHandedOutAsTheFirstOne() {
        DistinctVerdicts distinct = new DistinctVerdicts(16);
        Verdict first = verdict("manual-server-not-fqdn", 0.9);

        assertThat(distinct.of(first)).isSameAs(first);
        assertThat(distinct.of(verdict("manual-server-not-fqdn", 0.9))).isSameAs(first);
        assertThat(distinct.of(verdict("manual-server-not-fqdn", 0.8))).isNotSameAs(first);
    }

    @Test
    void onceFullItStartsAfreshSoAnEqualVerdictMayBecomeAnotherObject() {
        DistinctVerdicts distinct = new DistinctVerdicts(2);
        Verdict first = verdict("a", 0.9);
        distinct.of(first);
        distinct.of(verdict("b", 0.9));
        distinct.of(verdict("c", 0.9));

        Verdict again = verdict("a", 0.9);
        assertThat(distinct.of(again)).isSameAs(again);
    }
}
