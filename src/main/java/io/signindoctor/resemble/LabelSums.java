package io.signindoctor.resemble;

import java.util.Arrays;

/**
 * The labels' sums of the weights of a case's features, in whole multiples of {@link ResemblanceModel#UNIT} and so
 * exact whatever the order the features come in. Rows are added into ints, which the processor adds several labels at
 * a time, and carried into longs before the ints could overflow: a weight is smaller than 2^23 in size
 * ({@link FeatureTable#LIMIT}), so 255 rows add up to less than 2^31 in size. A sum of rows added at once counts as
 * as many rows, and a row taken off again as one more.
 */
final class LabelSums {

    /** How many rows the ints take before they are carried. */
    private static final int ROWS_PER_CARRY = Integer.MAX_VALUE / FeatureTable.LIMIT;
    /** The most rows whose sum of weights fits in ints, so that it can be kept and added at once. */
    static final int MOST_ROWS_SUMMED = ROWS_PER_CARRY;

    private final int[] recent;
    private final long[] totals;
    private int rowsInRecent;

    LabelSums(int labelCount) {
        this.recent = new int[labelCount];
        this.totals = new long[labelCount];
    }

    void clear() {
        Arrays.fill(recent, 0);
        Arrays.fill(totals, 0);
        rowsInRecent = 0;
    }

    /** Adds a row of the table's weights. */
    void add(FeatureTable table, int row) {
        if (rowsInRecent == ROWS_PER_CARRY) {
            carry();
        }
        table.addTo(row, recent);
        rowsInRecent++;
    }

    /**
     * Adds the sum of several rows of the table's weights, sum[at, at + labels), which must be at most
     * {@link #MOST_ROWS_SUMMED} rows for the sum to fit in ints.
     */
    void addSum(int[] sum, int at, int rowCount) {
        if (rowsInRecent + rowCount > ROWS_PER_CARRY) {
            carry();
        }
        for (int label = 0; label < recent.length; label++) {
            recent[label] += sum[at + label];
        }
        rowsInRecent += rowCount;
    }

    /** Takes a row of the table's weights off again, one added as part of a sum where it was already counted. */
    void subtract(FeatureTable table, int row) {
        if (rowsInRecent == ROWS_PER_CARRY) {
            carry();
        }
        table.subtractFrom(row, recent);
        rowsInRecent++;
    }

    /** Each label's sum of the rows added since {@link #clear}. */
    long[] totals() {
        carry();
        return totals;
    }

    private void carry() {
        for (int label = 0; label < recent.length; label++) {
            totals[label] += recent[label];
            recent[label] = 0;
        }
        rowsInRecent = 0;
    }
}
