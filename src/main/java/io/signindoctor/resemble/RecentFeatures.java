package io.signindoctor.resemble;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * A scorer's memory of the features the model knows in the texts it read lately, so that a text that recurs is read
 * once: exports repeat whole texts a great deal (titles picked from a list, templated work notes, a description pasted
 * into ticket after ticket). Giving a recurring text the features remembered from its first reading is exact: which
 * rows of the model a text's words and pairs of words find, in which order and at which characters, depends on the
 * text and the model alone; what depends on the case (which rows its earlier texts already added) is settled anew for
 * each case as the remembered features are added ({@link TextScorer}).
 *
 * <p>Bounded as the extraction's memory of texts is (io.signindoctor.extract.RecentTexts), for the same reasons: by
 * the number of texts and their length together, never a text longer than a page, and a text is kept only when it
 * comes a second time while its hash is still remembered, since many texts of an export never recur. Not thread-safe:
 * one per scorer.
 */
final class RecentFeatures {

    /** How many texts are kept at most. */
    private static final int TEXTS = 2_048;
    /** How many characters the kept texts hold together at most. */
    private static final long CHARACTERS = 600_000;
    /** The longest text kept. */
    private static final int LONGEST = 4_000;
    /** How many hashes of texts read once are remembered (a power of two). */
    private static final int SIGHTINGS = 8_192;

    /** The texts kept and their features, as {@link TextScorer} lays them out; the one used last at the end. */
    private final LinkedHashMap<String, int[]> read = new LinkedHashMap<>(TEXTS * 2, 0.75f, true);
    private long characters;
    /** The hash of the last text read once that fell in each slot, by the hash's low bits. */
    private final int[] sightings = new int[SIGHTINGS];

    /** The features kept for a text, or null when it is not one read lately. */
    int[] get(String text) {
        return read.get(text);
    }

    /**
     * Whether the features of a text just read are worth keeping: it is not too long and came before while its hash
     * was remembered. Remembers its hash if not.
     */
    boolean worthKeeping(String text) {
        if (text.length() > LONGEST) {
            return false;
        }
        int hash = text.hashCode();
        int slot = (hash ^ hash >>> 16) & (SIGHTINGS - 1);
        if (sightings[slot] == hash) {
            return true;
        }
        sightings[slot] = hash;
        return false;
    }

    /** Keeps a text's features, forgetting the texts used longest ago while there are too many or too long. */
    void keep(String text, int[] features) {
        read.put(text, features);
        characters += text.length();
        Iterator<String> eldest = read.keySet().iterator();
        while (read.size() > TEXTS || characters > CHARACTERS) {
            characters -= eldest.next().length();
            eldest.remove();
        }
    }
}
