package io.signindoctor.resemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeatureTableTest {

    /** Three labels; the second row keeps no weight at all, the third one for each label. */
    private static final float[] DENSE = {
        1.5f, 0, -0.25f,
        0, 0, 0,
        0.125f, -2, 3};

    /** Keys that share their lower half, so they all want the same slot and must probe past each other. */
    private static final long[] KEYS = {1L << 32 | 7, 2L << 32 | 7, 3L << 32 | 7};

    private static FeatureTable table() {
        return new FeatureTable(KEYS, WeightRows.ofDense(DENSE, 3, 0), 3);
    }

    @Test
    void everyKnownFeatureFindsItsOwnRowAndAnUnknownOneNone() {
        FeatureTable table = table();

        for (int row = 0; row < KEYS.length; row++) {
            assertThat(table.find(KEYS[row])).isEqualTo(row);
        }
        assertThat(table.find(4L << 32 | 7)).isEqualTo(-1);
        assertThat(table.find(1L << 32 | 8)).isEqualTo(-1);
    }

    @Test
    void aRowAddsItsWeightsToItsLabelsSumsExactly() {
        FeatureTable table = table();
        int[] sums = new int[3];

        table.addTo(table.find(KEYS[0]), sums);
        table.addTo(table.find(KEYS[1]), sums);
        table.addTo(table.find(KEYS[2]), sums);

        double unit = ResemblanceModel.UNIT;
        assertThat(sums[0] * unit).isEqualTo(1.625);
        assertThat(sums[1] * unit).isEqualTo(-2);
        assertThat(sums[2] * unit).isEqualTo(2.75);
    }

    @Test
    void aWeightBeyondWhatTheTableKeepsIsRefusedNamingItsRow() {
        float[] dense = {0, 1 << FeatureTable.WHOLE_BITS};

        assertThatThrownBy(() -> new FeatureTable(new long[] {5, 6}, WeightRows.ofDense(dense, 1, 0), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("row 1");
    }
}
