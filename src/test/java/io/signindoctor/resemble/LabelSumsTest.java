package io.signindoctor.resemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelSumsTest {

    /** The largest weight a table keeps, for the first label, and its opposite for the second. */
    private static final float LARGEST = (FeatureTable.LIMIT - 1) / (float) (1 << FeatureTable.FRACTION_BITS);

    @Test
    void thousandsOfTheLargestWeightsAddUpExactlyBeyondWhatAnIntHolds() {
        FeatureTable table = new FeatureTable(new long[] {9}, WeightRows.ofDense(new float[] {LARGEST, -LARGEST}, 2,
                0), 2);
        LabelSums sums = new LabelSums(2);
        int rows = 1_000;
        for (int i = 0; i < rows; i++) {
            sums.add(table, 0);
        }

        assertThat(sums.totals()).containsExactly((long) rows * (FeatureTable.LIMIT - 1),
                -(long) rows * (FeatureTable.LIMIT - 1));
        sums.clear();
        sums.add(table, 0);
        assertThat(sums.totals()).containsExactly(FeatureTable.LIMIT - 1, -(FeatureTable.LIMIT - 1));
    }
}
