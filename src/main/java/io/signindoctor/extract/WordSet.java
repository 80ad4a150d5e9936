package io.signindoctor.extract;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Set;

/**
 * An unchangeable set of words that turns away most words it does not hold by their length and first and last
 * letters, before any hashing. The scope words and the words that open a contrast are looked up once for every token
 * of every text, and nearly all tokens are not among them: a hashed set would hash each token and probe its table for
 * each of those misses.
 */
final class WordSet extends AbstractSet<String> {

    private final Set<String> words;
    /** A bit per signature of the words held (see {@link #signature}); a word whose bit is clear is not held. */
    private final long[] signatures;

    private WordSet(Set<String> words) {
        this.words = words;
        int bits = Math.max(64, Integer.highestOneBit(Math.max(1, words.size()) * 16 - 1) << 1);
        this.signatures = new long[bits >>> 6];
        for (String word : words) {
            int bit = signature(word);
            signatures[bit >>> 6] |= 1L << bit;
        }
    }

    /** The words as an unchangeable set, null words refused as {@link Set#copyOf} refuses them. */
    static WordSet of(Collection<String> words) {
        return words instanceof WordSet same ? same : new WordSet(Set.copyOf(words));
    }

    private int signature(String word) {
        int length = word.length();
        int mixed = length == 0 ? 0
                : (length * 31 + word.charAt(0)) * 0x9E3779B1 + word.charAt(length - 1) * 0x85EBCA6B;
        return (mixed ^ mixed >>> 15) & (signatures.length * 64 - 1);
    }

    @Override
    public boolean contains(Object word) {
        if (word instanceof String text) {
            int bit = signature(text);
            if ((signatures[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return words.contains(word);
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }
}
