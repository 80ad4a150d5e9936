package io.signindoctor.resemble;

/**
 * The words of other languages the model reads as English words, as features: a foreign word's stem and the stem of
 * the English word the translation lexicon (rules/lexicon.yaml) gives it. The trainer makes them from the lexicon and
 * keeps them in the model, so the tool reads a ticket with the translations the model was trained with, whatever the
 * lexicon says later. An open-addressing table of a few thousand words that stays in the cache, since every word of
 * letters of every ticket is looked up in it.
 */
public final class WordTranslations {

    /** Translates nothing. */
    public static final WordTranslations NONE = new WordTranslations(new long[0], new long[0]);

    private final long[] from;
    private final long[] to;
    /** Slot s holds a foreign word's feature at 2s and its English word's at 2s + 1; 0 marks a free slot. */
    private final long[] slots;
    private final int mask;

    /**
     * @param from the foreign words' features, in ascending order, none of them 0
     * @param to the English word's feature for each
     */
    public WordTranslations(long[] from, long[] to) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("the translations' sizes do not agree");
        }
        for (int k = 0; k < from.length; k++) {
            if (from[k] == 0 || (k > 0 && from[k] <= from[k - 1])) {
                throw new IllegalArgumentException("the translated words are not in ascending order at " + k);
            }
        }
        this.from = from.clone();
        this.to = to.clone();
        int capacity = Integer.highestOneBit(Math.max(1, from.length) * 2) * 2;
        this.slots = new long[capacity * 2];
        this.mask = capacity - 1;
        for (int k = 0; k < from.length; k++) {
            int slot = (int) from[k] & mask;
            while (slots[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = from[k];
            slots[2 * slot + 1] = to[k];
        }
    }

    /** The feature a word is read as: its English word's when the lexicon translates it, else its own. */
    long of(long word) {
        int slot = (int) word & mask;
        while (true) {
            long held = slots[2 * slot];
            if (held == word) {
                return slots[2 * slot + 1];
            }
            if (held == 0) {
                return word;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** The foreign words' features, in ascending order. */
    long[] from() {
        return from.clone();
    }

    /** The English word's feature for each of {@link #from}. */
    long[] to() {
        return to.clone();
    }

    public int size() {
        return from.length;
    }
}
