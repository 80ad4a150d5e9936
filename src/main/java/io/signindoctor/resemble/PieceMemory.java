package io.signindoctor.resemble;

import java.util.Arrays;

/**
 * A scorer's memory of the known features of the {@link TextPieces pieces} of text it read lately, so that a sentence
 * that recurs is read once: which rows of the model a piece's words and pairs of words find, in which order and at
 * which characters of the piece, depends on the piece's characters and the model alone. A piece is found by a hash
 * of its characters and then compared with them, never by the hash alone.
 *
 * <p>An open-addressing table, each slot the piece's hash, where its characters are in one pool and where its
 * features are in another (row, start, end for each, start and end counted from the piece's first character), followed
 * by the sum of their rows' weights, so that a piece's weights are fetched at once rather than row by row. A
 * piece is kept only when it comes a second time while its hash is remembered: many pieces name a value that makes
 * them unique (an address, a user's name), and keeping them would fill the memory for nothing. A piece longer than
 * {@link #LONGEST} is never kept. When the table or a pool is full it is emptied and fills again with the pieces in
 * use, so it stays a few hundred kilobytes whatever an export holds. Not thread-safe: one per scorer.
 */
final class PieceMemory {

    /** Slots for pieces, a power of two; at most three quarters are used. */
    static final int SLOTS = 8_192;
    /** Room for the pieces' characters, some thirty per piece. */
    static final int CHARACTERS = 131_072;
    /** Room for their features, three ints each, and their sums of weights. */
    static final int FEATURES = 262_144;
    /** The longest piece kept: a text of a page or less that recurs whole is remembered even with no phrase in it. */
    static final int LONGEST = 4_000;
    /** How many hashes of pieces read once are remembered, a power of two. */
    static final int SIGHTINGS = 16_384;
    private static final int WIDTH = 4;

    /**
     * Per slot: the piece's hash, (where its characters start) &lt;&lt; 32 | their number, the same for its features, and
     * where their sum starts (-1 when it is not kept).
     */
    private final long[] slots = new long[WIDTH * SLOTS];
    private final char[] characters = new char[CHARACTERS];
    private final int[] features = new int[FEATURES];
    /** The hash of the last piece read once that fell in each place. */
    private final long[] sightings = new long[SIGHTINGS];
    private int size;
    private int charactersUsed;
    private int featuresUsed;

    /** The slot of the piece text[from, to) with the given hash, or -1 when it is not one read lately. */
    int find(char[] text, int from, int to, long hash) {
        int length = to - from;
        int slot = slotOf(hash);
        while (true) {
            long where = slots[WIDTH * slot + 1];
            if (where == 0) {
                return -1;
            }
            int at = (int) (where >>> 32);
            if (slots[WIDTH * slot] == hash && (int) where == length
                    && Arrays.equals(characters, at, at + length, text, from, to)) {
                return slot;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }

    /**
     * The features of every piece, a slot's from {@link #firstFeature} to {@link #featureEnd}, and their sums, a slot's
     * from {@link #firstSum}.
     */
    int[] features() {
        return features;
    }

    int firstFeature(int slot) {
        return (int) (slots[WIDTH * slot + 2] >>> 32);
    }

    int featureEnd(int slot) {
        long where = slots[WIDTH * slot + 2];
        return (int) (where >>> 32) + (int) where;
    }

    /** Where the sum of a piece's rows' weights starts, or -1 when it was not kept. */
    int firstSum(int slot) {
        return (int) slots[WIDTH * slot + 3];
    }

    /**
     * Whether a piece of the given length and hash, one {@link #find} did not know, is worth keeping: it is not too
     * long and came before while its hash was remembered. Remembers its hash if not.
     */
    boolean worthKeeping(int length, long hash) {
        if (length > LONGEST) {
            return false;
        }
        int place = (int) (hash >>> 40) & (SIGHTINGS - 1);
        if (sightings[place] == hash) {
            return true;
        }
        sightings[place] = hash;
        return false;
    }

    /**
     * Keeps the known features of the piece text[from, to) with the given hash: found[0, count), row, start and end
     * for each, counted from the piece's first character, and the sum of their rows' weights (null when not kept).
     */
    void keep(char[] text, int from, int to, long hash, int[] found, int count, int[] sum) {
        int length = to - from;
        int ints = count + (sum == null ? 0 : sum.length);
        if (length > CHARACTERS || ints > FEATURES) {
            return;
        }
        if (size == SLOTS / 4 * 3 || charactersUsed + length > CHARACTERS || featuresUsed + ints > FEATURES) {
            Arrays.fill(slots, 0);
            size = 0;
            charactersUsed = 0;
            featuresUsed = 0;
        }
        int slot = slotOf(hash);
        while (slots[WIDTH * slot + 1] != 0) {
            slot = (slot + 1) & (SLOTS - 1);
        }
        System.arraycopy(text, from, characters, charactersUsed, length);
        System.arraycopy(found, 0, features, featuresUsed, count);
        if (sum != null) {
            System.arraycopy(sum, 0, features, featuresUsed + count, sum.length);
        }
        slots[WIDTH * slot] = hash;
        slots[WIDTH * slot + 1] = (long) charactersUsed << 32 | length;
        slots[WIDTH * slot + 2] = (long) featuresUsed << 32 | count;
        slots[WIDTH * slot + 3] = sum == null ? -1 : featuresUsed + count;
        charactersUsed += length;
        featuresUsed += ints;
        size++;
    }

    private static int slotOf(long hash) {
        return (int) (hash ^ (hash >>> 29)) & (SLOTS - 1);
    }
}
