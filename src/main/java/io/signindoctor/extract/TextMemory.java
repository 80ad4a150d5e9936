package io.signindoctor.extract;

import io.signindoctor.reuse.Sightings;
import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * What a worker made of the texts it read lately, so that a text that recurs is worked on once: exports repeat whole
 * field texts a great deal (titles picked from a list, templated work notes, a description pasted into ticket after
 * ticket, the same boilerplate under every one). The extraction keeps one ({@link RecentTexts}, which says why what
 * it keeps is exact).
 *
 * <p>The memory is bounded by the number of texts and by their length together, and a text longer than a page is
 * never kept (such a text seldom recurs whole, and would push out many short ones), so it stays small whatever the
 * export holds: the texts it keeps outlive the young generation, and a large memory would crowd the heap the batch's
 * pipeline streams through. A text is kept only when it comes a second time while its hash is still remembered:
 * many texts of an export never recur (an address or a user's name makes each one unique), and keeping them would
 * push out the ones that do. Not thread-safe: one per worker.
 *
 * @param <V> what is kept for a text
 */
public final class TextMemory<V> {

    /** How many texts are kept at most. */
    private static final int TEXTS = 2_048;
    /** How many characters the kept texts hold together at most. */
    private static final long CHARACTERS = 600_000;
    /** The longest text kept. */
    private static final int LONGEST = 4_000;
    /** How many hashes of texts read once are remembered (a power of two). */
    private static final int SIGHTINGS = 8_192;

    /** The texts kept and what was made of each, the one used last at the end. */
    private final LinkedHashMap<String, V> kept = new LinkedHashMap<>(TEXTS * 2, 0.75f, true);
    private long characters;
    /** The hashes of texts read once lately. */
    private final Sightings sightings = new Sightings(SIGHTINGS);

    /** What was kept for a text, or null when it is not one read lately. */
    public V get(String text) {
        return kept.get(text);
    }

    /**
     * Whether what was made of a text just read is worth keeping: the text is not too long and came before while its
     * hash was remembered. Remembers its hash if not.
     */
    public boolean worthKeeping(String text) {
        if (text.length() > LONGEST) {
            return false;
        }
        return sightings.seenBefore(text.hashCode());
    }

    /** Keeps what was made of a text, forgetting the texts used longest ago while there are too many or too long. */
    public void keep(String text, V value) {
        kept.put(text, value);
        characters += text.length();
        Iterator<String> eldest = kept.keySet().iterator();
        while (kept.size() > TEXTS || characters > CHARACTERS) {
            characters -= eldest.next().length();
            eldest.remove();
        }
    }
}
