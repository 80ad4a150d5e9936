package io.signindoctor.engine;

import java.util.Arrays;
import java.util.List;

/**
 * Combines the confidences of several rules that bear on one cause, as MYCIN's certainty factors do: two independent
 * rules for a cause make it more certain than either alone, never more than 1, and a rule against it pulls it back.
 */
public final class Confidence {

    private Confidence() {
    }

    /**
     * The combined certainty of independent votes, each in [-1, 1]; 0 when there are none. The votes are combined in
     * one order whatever order the rules fired in, so that the same votes always give the same number to the last
     * bit, and two causes with equal votes tie exactly (the ranking then breaks the tie by cause id, not by chance).
     */
    public static double combine(List<Double> votes) {
        double[] ordered = new double[votes.size()];
        for (int i = 0; i < ordered.length; i++) {
            ordered[i] = votes.get(i);
        }
        Arrays.sort(ordered);
        double belief = 0;
        double disbelief = 0;
        for (double vote : ordered) {
            if (vote >= 0) {
                belief = belief + vote * (1 - belief);
            } else {
                disbelief = disbelief - vote * (1 - disbelief);
            }
        }
        if (belief == 1 && disbelief == 1) {
            return 0;
        }
        return (belief - disbelief) / (1 - Math.min(belief, disbelief));
    }
}
