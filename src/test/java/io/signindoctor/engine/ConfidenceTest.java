package io.signindoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** MYCIN's combination of certainty factors. */
class ConfidenceTest {

    @Test
    void independentSupportStrengthensWithoutPassingOne() {
        assertThat(Confidence.combine(List.of(0.8, 0.6))).isCloseTo(0.92, within(1e-9));
        assertThat(Confidence.combine(List.of(0.9, 0.9, 0.9))).isCloseTo(0.999, within(1e-9));
    }

    @Test
    void evidenceAgainstPullsBack() {
        assertThat(Confidence.combine(List.of(0.4, -0.9))).isCloseTo((0.4 - 0.9) / (1 - 0.4), within(1e-9));
        assertThat(Confidence.combine(List.of(-0.5, -0.5))).isCloseTo(-0.75, within(1e-9));
    }

    @Test
    void noVotesAndTotalContradictionAreZero() {
        assertThat(Confidence.combine(List.of())).isZero();
        assertThat(Confidence.combine(List.of(1.0, -1.0))).isZero();
    }

    @Test
    void theSameVotesInAnotherOrderGiveTheSameNumberExactly() {
        double oneWay = Confidence.combine(List.of(0.3, 0.35, 0.4));
        double otherWay = Confidence.combine(List.of(0.4, 0.3, 0.35));

        assertThat(oneWay).isEqualTo(otherWay);
    }
}
