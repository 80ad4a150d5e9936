package io.signindoctor.resemble;

/**
 * The model's weights laid out for scoring: an open-addressing table from a feature's hash to its row, and the rows
 * dense, one weight per label, row after row. The scorer looks up every word and pair of words of every ticket and
 * adds the weights of each feature it knows: the words tickets share most ("sign", "server", "user") are the ones
 * that weigh for nearly every label, so a ticket adds some fifteen hundred weights, and a dense row adds them a few
 * labels at a time in the processor's vector lanes instead of one scattered label after another.
 *
 * <p>A slot keeps the hash's upper 32 bits and the row's number; its lower bits chose the slot, so a feature the model
 * does not know is taken for one it knows only when the two hashes agree in the upper half and in the slot, about one
 * chance in 10^14 per word. A weight is kept as a whole multiple of 2^-{@value #FRACTION_BITS} below 2^23 in size
 * (|w| &lt; 2^{@value #WHOLE_BITS}), far finer than a probability reported in steps of 0.05 can tell, so the labels'
 * sums are added up exactly, in whole multiples ({@link LabelSums}).
 */
final class FeatureTable {

    /** The bits of a weight below its point. */
    static final int FRACTION_BITS = 14;
    /** The bits of a weight above its point, sign excluded: 23 bits of magnitude in all. */
    static final int WHOLE_BITS = 23 - FRACTION_BITS;
    /** A weight's multiple is smaller than this in size. */
    static final int LIMIT = 1 << (FRACTION_BITS + WHOLE_BITS);
    private static final long EMPTY = 0;

    /** A slot holds the hash's upper half and the row's number plus one, or {@link #EMPTY}. */
    private final long[] slots;
    private final int mask;
    /** How many labels a row has a weight for. */
    private final int width;
    /** Row after row, each label's weight in multiples of 2^-FRACTION_BITS. */
    private final int[] weights;

    FeatureTable(long[] keys, WeightRows rows, int labelCount) {
        int capacity = Integer.highestOneBit(Math.max(1, keys.length) * 2) * 2;
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        this.width = labelCount;
        this.weights = new int[keys.length * labelCount];
        int[] starts = rows.starts();
        for (int row = 0; row < keys.length; row++) {
            int slot = (int) keys[row] & mask;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (keys[row] & 0xffffffff00000000L) | (row + 1);
            for (int entry = starts[row]; entry < starts[row + 1]; entry++) {
                weights[row * width + rows.labels()[entry]] = fixed(rows.weights()[entry], row);
            }
        }
    }

    private static int fixed(float weight, int row) {
        long multiple = Math.round(weight * (double) (1 << FRACTION_BITS));
        if (Math.abs(multiple) >= LIMIT) {
            throw new IllegalArgumentException("row " + row + " has a weight of " + weight + ", beyond the "
                    + (1 << WHOLE_BITS) + " a weight can be");
        }
        return (int) multiple;
    }

    /** A feature's row, or -1 when the model does not know it. */
    int find(long key) {
        long upper = key & 0xffffffff00000000L;
        int slot = (int) key & mask;
        while (true) {
            long held = slots[slot];
            if (held == EMPTY) {
                return -1;
            }
            if ((held & 0xffffffff00000000L) == upper) {
                return (int) held - 1;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Takes a row's weights off the labels' sums, in multiples of 2^-FRACTION_BITS. */
    void subtractFrom(int row, int[] sums) {
        int base = row * width;
        for (int label = 0; label < width; label++) {
            sums[label] -= weights[base + label];
        }
    }

    /** Adds a row's weights to the labels' sums, in multiples of 2^-FRACTION_BITS. */
    void addTo(int row, int[] sums) {
        int base = row * width;
        for (int label = 0; label < width; label++) {
            sums[label] += weights[base + label];
        }
    }
}
