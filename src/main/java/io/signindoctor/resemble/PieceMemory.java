package io.signindoctor.resemble;

import java.util.Arrays;

/**
 * A scorer's memory of the known features of the {@link TextPieces pieces} of text it read lately, so that a sentence
 * that recurs is read once: which rows of the model a piece's words and pairs of words find, in which order and at
 * which characters of the piece, depends on the piece's characters and the model alone. A piece is found by a hash
 * of its characters and then compared with them, never by the hash alone.
 *
 * <p>An open-addressing table, each slot the piece's hash, where its characters are in one pool and where its
 * features are in another (row, start, end for each, start and end counted from the piece's first character). A
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
    /** Room for their features, three ints each. */
    static final int FEATURES = 131_072;
    /** The longest piece kept. */
    static final int LONGEST = 1_000;
    /** How many hashes of pieces read once are remembered, a power of two. */
    static final int SIGHTINGS = 16_384;

    /** Per slot: the piece's hash, (where its characters start) &lt;&lt; 32 | their number, and the same for its features. */
    private final long[] slots = new long[3 * SLOTS];
    private final char[] characters = new char[CHARACTERS];
    private final int[] features = new int[FEATURES];
    /** The hash of the last piece read once that fell in each place. */
    private final long[] sightings = new long[SIGHTINGS];
    private int size;
    private int charactersUsed;
    private int featuresUsed;

    /** The slot of the piece text[from, to) with the given hash, or -1 when it is not one read lately. */
    int find(CharSequence text, int from, int to, long hash) {
        int length = to - from;
        int slot = slotOf(hash);
        while (true) {
            long where = slots[3 * slot + 1];
            if (where == 0) {
                return -1;
            }
            if (slots[3 * slot] == hash && (int) where == length && sameCharacters(text, from, (int) (where >>> 32),
                    length)) {
                return slot;
            }
            slot = (slot + 1) & (SLOTS - 1);
        }
    }

    private boolean sameCharacters(CharSequence text, int from, int at, int length) {
        for (int k = 0; k < length; k++) {
            if (characters[at + k] != text.charAt(from + k)) {
                return false;
            }
        }
        return true;
    }

    /** The features of every piece: a slot's are from {@link #firstFeature} to {@link #featureEnd}. */
    int[] features() {
        return features;
    }

    int firstFeature(int slot) {
        return (int) (slots[3 * slot + 2] >>> 32);
    }

    int featureEnd(int slot) {
        long where = slots[3 * slot + 2];
        return (int) (where >>> 32) + (int) where;
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
     * for each, counted from the piece's first character.
     */
    void keep(CharSequence text, int from, int to, long hash, int[] found, int count) {
        int length = to - from;
        if (length > CHARACTERS || count > FEATURES) {
            return;
        }
        if (size == SLOTS / 4 * 3 || charactersUsed + length > CHARACTERS || featuresUsed + count > FEATURES) {
            Arrays.fill(slots, 0);
            size = 0;
            charactersUsed = 0;
            featuresUsed = 0;
        }
        int slot = slotOf(hash);
        while (slots[3 * slot + 1] != 0) {
            slot = (slot + 1) & (SLOTS - 1);
        }
        for (int k = 0; k < length; k++) {
            characters[charactersUsed + k] = text.charAt(from + k);
        }
        System.arraycopy(found, 0, features, featuresUsed, count);
        slots[3 * slot] = hash;
        slots[3 * slot + 1] = (long) charactersUsed << 32 | length;
        slots[3 * slot + 2] = (long) featuresUsed << 32 | count;
        charactersUsed += length;
        featuresUsed += count;
        size++;
    }

    private static int slotOf(long hash) {
        return (int) (hash ^ (hash >>> 29)) & (SLOTS - 1);
    }
}
