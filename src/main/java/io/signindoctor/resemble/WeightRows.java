package io.signindoctor.resemble;

import java.util.Arrays;

/**
 * The model's weights as sparse rows, one per feature: only the labels a feature weighs for or against by at least
 * the least weight kept, each as its label and weight. A word weighs for two or three labels and near nothing for the
 * rest, so the model is a fraction of the dense size to read at start-up ({@link FeatureTable} lays the rows out for
 * scoring).
 */
public final class WeightRows {

    /** Labels are kept in a byte. */
    public static final int MAX_LABELS = Byte.MAX_VALUE;

    /** The first entry of each row, and after the last row the number of entries. */
    private final int[] starts;
    private final byte[] labels;
    private final float[] weights;

    WeightRows(int[] starts, byte[] labels, float[] weights) {
        if (starts.length == 0 || starts[0] != 0 || starts[starts.length - 1] != labels.length
                || labels.length != weights.length) {
            throw new IllegalArgumentException("the weight rows' sizes do not agree");
        }
        for (int row = 1; row < starts.length; row++) {
            if (starts[row] < starts[row - 1]) {
                throw new IllegalArgumentException("the weight rows are out of order at row " + row);
            }
        }
        this.starts = starts;
        this.labels = labels;
        this.weights = weights;
    }

    /**
     * The rows of dense weights (row after row, one weight per label), keeping the weights whose size is at least
     * least: 0 keeps every weight that is not zero.
     */
    public static WeightRows ofDense(float[] dense, int labelCount, float least) {
        if (labelCount > MAX_LABELS || (labelCount == 0 ? dense.length != 0 : dense.length % labelCount != 0)) {
            throw new IllegalArgumentException("cannot keep " + labelCount + " labels' weights as rows");
        }
        int rows = labelCount == 0 ? 0 : dense.length / labelCount;
        int[] starts = new int[rows + 1];
        byte[] labels = new byte[dense.length];
        float[] weights = new float[dense.length];
        int count = 0;
        for (int row = 0; row < rows; row++) {
            starts[row] = count;
            for (int label = 0; label < labelCount; label++) {
                float weight = dense[row * labelCount + label];
                if (weight != 0 && Math.abs(weight) >= least) {
                    labels[count] = (byte) label;
                    weights[count++] = weight;
                }
            }
        }
        starts[rows] = count;
        return new WeightRows(starts, Arrays.copyOf(labels, count), Arrays.copyOf(weights, count));
    }

    public int rowCount() {
        return starts.length - 1;
    }

    /** How many weights the rows keep. */
    public int entryCount() {
        return labels.length;
    }

    int[] starts() {
        return starts;
    }

    byte[] labels() {
        return labels;
    }

    float[] weights() {
        return weights;
    }
}
