package io.signindoctor.resemble;

/**
 * The model's weights laid out for scoring: an open-addressing table from a feature's hash to where its row is, and
 * the rows packed one after another, each a header (the row's number and how many weights it keeps) followed by its
 * weights, each with its label in one int. The scorer looks up every word and pair of words of every ticket, and a
 * model of a few hundred kilobytes is mostly out of the cache, so a known feature costs two memory reads (its slot,
 * then its row) and an unknown one a single read.
 *
 * <p>A slot keeps the hash's upper 32 bits and the row's place; its lower bits chose the slot, so a feature the model
 * does not know is taken for one it knows only when the two hashes agree in the upper half and in the slot, about one
 * chance in 10^14 per word. A weight is kept as a multiple of 2^-{@value #FRACTION_BITS} in 24 bits (|w| &lt;
 * 2^{@value #WHOLE_BITS}), far finer than a probability reported in steps of 0.05 can tell, and the labels' sums are
 * added up exactly, in whole multiples.
 */
final class FeatureTable {

    /** The bits of a weight below its point. */
    static final int FRACTION_BITS = 14;
    /** The bits of a weight above its point, sign excluded: 23 bits of magnitude in all. */
    static final int WHOLE_BITS = 23 - FRACTION_BITS;
    private static final int LABEL_SHIFT = 24;
    private static final int COUNT_BITS = 7;
    private static final long EMPTY = 0;

    /** A slot holds the hash's upper half and the place of the row's header in packed, or {@link #EMPTY}. */
    private final long[] slots;
    private final int mask;
    /** From 1 (0 stands for an empty slot): per row, its header (row &lt;&lt; 7 | count), then count weights. */
    private final int[] packed;

    FeatureTable(long[] keys, WeightRows rows) {
        int capacity = Integer.highestOneBit(Math.max(1, keys.length) * 2) * 2;
        this.slots = new long[capacity];
        this.mask = capacity - 1;
        this.packed = new int[1 + keys.length + rows.entryCount()];
        int[] starts = rows.starts();
        int at = 1;
        for (int row = 0; row < keys.length; row++) {
            int count = starts[row + 1] - starts[row];
            if (count >= 1 << COUNT_BITS) {
                throw new IllegalArgumentException("row " + row + " keeps " + count + " weights, more than "
                        + ((1 << COUNT_BITS) - 1));
            }
            int slot = (int) keys[row] & mask;
            while (slots[slot] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = (keys[row] & 0xffffffff00000000L) | at;
            packed[at++] = row << COUNT_BITS | count;
            for (int entry = starts[row]; entry < starts[row + 1]; entry++) {
                packed[at++] = rows.labels()[entry] << LABEL_SHIFT | fixed(rows.weights()[entry], row);
            }
        }
    }

    private static int fixed(float weight, int row) {
        long multiple = Math.round(weight * (double) (1 << FRACTION_BITS));
        if (Math.abs(multiple) >= 1 << (LABEL_SHIFT - 1)) {
            throw new IllegalArgumentException("row " + row + " has a weight of " + weight + ", beyond the "
                    + (1 << WHOLE_BITS) + " a weight can be");
        }
        return (int) multiple & 0xffffff;
    }

    /** Where a feature's row is (pass it to {@link #row} and {@link #addTo}), or -1 when the model does not know it. */
    int find(long key) {
        long upper = key & 0xffffffff00000000L;
        int slot = (int) key & mask;
        while (true) {
            long held = slots[slot];
            if (held == EMPTY) {
                return -1;
            }
            if ((held & 0xffffffff00000000L) == upper) {
                return (int) held;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The number of the row found at a place, as the model's other per-row arrays count rows. */
    int row(int at) {
        return packed[at] >>> COUNT_BITS;
    }

    /** Adds the weights of the row found at a place to the labels' sums, in multiples of 2^-FRACTION_BITS. */
    void addTo(int at, long[] sums) {
        int end = at + 1 + (packed[at] & ((1 << COUNT_BITS) - 1));
        for (int entry = at + 1; entry < end; entry++) {
            int packedWeight = packed[entry];
            sums[packedWeight >>> LABEL_SHIFT] += (packedWeight << (32 - LABEL_SHIFT)) >> (32 - LABEL_SHIFT);
        }
    }
}
