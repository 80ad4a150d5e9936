package io.signindoctor.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.engine.CauseScore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The labels report stays readable however many incidents a queue holds. */
class LabelScoresTest {

    private static Outcome outcome(String label, String cause) {
        CauseScore top = cause == null ? null : new CauseScore(cause, 0.9);
        return new Outcome("queue.csv", 2, "INC-1", top, List.of(), List.of(), List.of(), label);
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
}
