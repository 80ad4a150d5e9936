package io.signindoctor.resemble;

import java.util.Arrays;

/**
 * A reader's memory of the words of letters it read and the feature each was read as, so that a word is stemmed and
 * translated once rather than at every occurrence: tickets are written with a few thousand words, over and over. The
 * feature of a word of letters depends on its characters alone (and the translations, which a reader keeps), so
 * giving a word the feature remembered for the same characters is exact; a word is found by a hash of its characters
 * and then compared with them, never by the hash alone.
 *
 * <p>An open-addressing table, each slot the word's hash, its feature, and where its characters are in a pool. When
 * the table or the pool is full it is emptied and fills again with the words in use, so it stays small enough for the
 * processor's cache whatever a ticket holds. Not thread-safe: one per reader.
 */
final class KnownWords {

    /** A reader's slots: a few thousand words, some 160 kB with their characters. */
    static final int SLOTS = 4_096;
    /** A reader's pool of characters: eight per word. */
    static final int POOL = 32_768;
    /** The longest word kept. */
    static final int LONGEST = 48;

    /** Per slot: the word's hash, its feature, and (where its characters start in pool) &lt;&lt; 8 | its length. */
    private final long[] slots;
    private final int mask;
    /** At most three quarters of the slots are used. */
    private final int most;
    private final char[] pool;
    private int size;
    private int used;

    /**
     * @param slots how many words it has room for, a power of two
     * @param pool how many characters the words have room for together
     */
    KnownWords(int slots, int pool) {
        if (Integer.bitCount(slots) != 1 || slots < 4) {
            throw new IllegalArgumentException("slots must be a power of two from 4, not " + slots);
        }
        this.slots = new long[slots * 3];
        this.mask = slots - 1;
        this.most = slots / 4 * 3;
        this.pool = new char[pool];
    }

    /**
     * The slot of the word in word[from, to) with the given hash, or -1 when it is not known. A word longer than
     * {@link #LONGEST} is never known.
     */
    int find(char[] word, int from, int to, long hash) {
        int length = to - from;
        int slot = slotOf(hash);
        while (true) {
            long meta = slots[3 * slot + 2];
            if (meta == 0) {
                return -1;
            }
            if (slots[3 * slot] == hash && (meta & 0xff) == length
                    && Arrays.equals(pool, (int) (meta >>> 8), (int) (meta >>> 8) + length, word, from, to)) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The feature of the word in a slot {@link #find} gave. */
    long feature(int slot) {
        return slots[3 * slot + 1];
    }

    /** Remembers the feature of the word in word[from, to), one {@link #find} did not know. */
    void keep(char[] word, int from, int to, long hash, long feature) {
        int length = to - from;
        if (length > LONGEST || length > pool.length) {
            return;
        }
        if (size == most || used + length > pool.length) {
            Arrays.fill(slots, 0);
            size = 0;
            used = 0;
        }
        int slot = slotOf(hash);
        while (slots[3 * slot + 2] != 0) {
            slot = (slot + 1) & mask;
        }
        System.arraycopy(word, from, pool, used, length);
        slots[3 * slot] = hash;
        slots[3 * slot + 1] = feature;
        slots[3 * slot + 2] = (long) used << 8 | length;
        used += length;
        size++;
    }

    private int slotOf(long hash) {
        return (int) (hash ^ (hash >>> 32)) & mask;
    }
}
