package io.signindoctor.resemble;

/**
 * Finds the row of a feature from its 64-bit hash: an open-addressing table whose slots hold the hash and the row side
 * by side, so a look-up reads one cache line (the scorer looks up every word and pair of words of every ticket, and a
 * table of a few hundred kilobytes is mostly out of the cache). Built once per model, when the model is read.
 */
final class FeatureTable {

    private static final long EMPTY = -1;

    /** Slot s holds the hash at 2s and the row at 2s + 1, or {@link #EMPTY} there when the slot is free. */
    private final long[] slots;
    private final int mask;

    FeatureTable(long[] keys) {
        int capacity = Integer.highestOneBit(Math.max(1, keys.length) * 2) * 2;
        this.slots = new long[capacity * 2];
        this.mask = capacity - 1;
        for (int s = 0; s < capacity; s++) {
            slots[2 * s + 1] = EMPTY;
        }
        for (int row = 0; row < keys.length; row++) {
            int slot = slot(keys[row]);
            while (slots[2 * slot + 1] != EMPTY) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = keys[row];
            slots[2 * slot + 1] = row;
        }
    }

    /** The row of a feature, or -1 when the model does not know it. */
    int rowOf(long key) {
        int slot = slot(key);
        while (true) {
            long row = slots[2 * slot + 1];
            if (row == EMPTY || slots[2 * slot] == key) {
                return (int) row;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
