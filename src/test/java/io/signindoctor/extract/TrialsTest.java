package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which conditions report a trial the writer made. */
class TrialsTest {

    private static final Trials TRIALS = new Trials(Set.of("if"), Set.of("i", "my"), Set.of("log", "use"));

    private static boolean opens(String... stems) {
        return TRIALS.opens(stems, 0);
    }

    @Test
    void theWriterSigningInSomewhereIsATrial() {
        assertThat(opens("if", "i", "log", "on", "to", "the", "spare", "computer")).isTrue();
        assertThat(opens("if", "my", "colleague", "log", "on")).isTrue();
    }

    @Test
    void aConditionAboutAnythingElseStaysAHypothesis() {
        assertThat(opens("if", "the", "port", "is", "wrong")).isFalse();
        assertThat(opens("if", "i", "ping", "the", "server")).isFalse();
        assertThat(opens("if", "my", "password", "has", "expired", "use")).isFalse();
        assertThat(opens("should", "i", "use")).isFalse();
    }

    @Test
    void aConditionAtTheEndOfTheTextIsNoTrial() {
        assertThat(opens("if", "i")).isFalse();
    }
}
