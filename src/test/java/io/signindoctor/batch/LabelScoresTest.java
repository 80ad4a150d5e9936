package io.signindoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.engine.CauseScore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The labels report keeps incidents labelled with a cause apart from those labelled none, and stays readable however
 * many incidents a queue holds.
 */
class LabelScoresTest {

    private static Outcome outcome(String label, String cause) {
        return outcome(label, cause, List.of());
    }

    private static Outcome outcome(String label, String cause, List<String> advisories) {
        CauseScore top = cause == null ? null : new CauseScore(cause, 0.9);
        return new Outcome("queue.csv", 2, "INC-1", new Judgement(top, List.of(), advisories, List.of()), List.of(),
                label);
    }

    @Test
    void countsOfAMillionKeepTheirColumnsApart() {
        LabelScores scores = new LabelScores();
        for (int i = 0; i < 1_234_567; i++) {
            scores.count(outcome("manual-server-not-fqdn", "manual-server-not-fqdn"));
        }
        scores.count(outcome("manual-server-not-fqdn", null));
        scores.count(outcome("none", null));
        StringWriter text = new StringWriter();

        scores.print(new PrintWriter(text, true), "known_cause");

        assertThat(text.toString())
                .containsPattern("manual-server-not-fqdn +1234568 +1234567 +1234567 +1.000 +1.000")
                .containsPattern(" 2 manual-server-not-fqdn +1 +1234567\\n")
                .containsPattern(" 1 \\(unclassified\\) +1 +0\\n");
    }

    @Test
    void aRunThatFindsNoCauseScoresNoneOnTheCausesHoweverManyNoneRowsAgree() {
        LabelScores scores = new LabelScores();
        for (int i = 0; i < 10; i++) {
            scores.count(outcome("dns-srv-records-missing-or-wrong", null));
        }
        for (int i = 0; i < 23; i++) {
            scores.count(outcome("none", null));
        }
        StringWriter text = new StringWriter();

        scores.print(new PrintWriter(text, true), "label");

        assertThat(text.toString())
                .contains("labelled with a cause: 10, right top cause 0 (0.0%), another cause 0, unclassified 10")
                .contains("labelled none: 23, no cause shown 23 (100.0%), false alarms 0 (0.0%)");
    }

    @Test
    void aCauseShownOnANoneRowIsAFalseAlarmAndCostsThatCauseItsPrecision() {
        LabelScores scores = new LabelScores();
        scores.count(outcome("account-not-usable", "account-not-usable"));
        scores.count(outcome("account-not-usable", "signin-address-mismatch"));
        scores.count(outcome("none", "account-not-usable"));
        scores.count(outcome("none", null));
        StringWriter text = new StringWriter();

        scores.print(new PrintWriter(text, true), "label");

        assertThat(text.toString())
                .contains("labelled with a cause: 2, right top cause 1 (50.0%), another cause 1, unclassified 0")
                .contains("labelled none: 2, no cause shown 1 (50.0%), false alarms 1 (50.0%)")
                .containsPattern("account-not-usable +2 +2 +1 +0.500 +0.500");
    }

    @Test
    void anAdvisoryLabelIsRightWhenThatAdvisoryIsRaisedWithoutACause() {
        LabelScores scores = new LabelScores();
        scores.count(outcome("ip-address-in-manual-settings", null, List.of("ip-address-in-manual-settings")));
        scores.count(outcome("ip-address-in-manual-settings", "manual-server-not-fqdn",
                List.of("ip-address-in-manual-settings")));
        scores.count(outcome("ip-address-in-manual-settings", null, List.of()));
        scores.count(outcome("none", null, List.of("strict-naming-disabled-mitm")));
        StringWriter text = new StringWriter();

        scores.print(new PrintWriter(text, true), "label");

        assertThat(text.toString())
                .contains("labelled with a cause: 3, right top cause 1 (33.3%), another cause 1, unclassified 1")
                .contains("labelled none: 1, no cause shown 1 (100.0%), false alarms 0 (0.0%)")
                .containsPattern("ip-address-in-manual-settings +3 +1 +1 +1.000 +0.333")
                .doesNotContain("strict-naming-disabled-mitm");
    }
}
