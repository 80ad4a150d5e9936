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

    @Test
    void sumsOfTheLargestWeightsAddedAtOnceAndRowsTakenOffAgainAddUpExactlyBeyondWhatAnIntHolds() {
        FeatureTable table = new FeatureTable(new long[] {9}, WeightRows.ofDense(new float[] {LARGEST, -LARGEST}, 2,
                0), 2);
        int[] sum = new int[2];
        for (int i = 0; i < LabelSums.MOST_ROWS_SUMMED; i++) {
            table.addTo(0, sum);
        }
        LabelSums sums = new LabelSums(2);
        for (int i = 0; i < 10; i++) {
            sums.addSum(sum, 0, LabelSums.MOST_ROWS_SUMMED);
            sums.subtract(table, 0);
            sums.add(table, 0);
        }

        long rows = 10L * LabelSums.MOST_ROWS_SUMMED;
        assertThat(sums.totals()).containsExactly(rows * (FeatureTable.LIMIT - 1), -rows * (FeatureTable.LIMIT - 1));
    }
}
