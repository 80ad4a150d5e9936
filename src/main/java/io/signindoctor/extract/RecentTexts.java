package io.signindoctor.extract;

import io.signindoctor.model.Source;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/**
 * A worker's memory of the texts it read last, so that a text that recurs is read once. Exports repeat whole field
 * texts a great deal: titles picked from a list, templated work notes, a description pasted into ticket after ticket,
 * the same boilerplate under every one.
 *
 * <p>Giving a recurring text the facts remembered from its first reading is exact, not an approximation: what
 * {@link TextReading} makes of a text depends on the text and the catalogues alone (it consults nothing else of the
 * incident), and the place the text starts at only enters the facts as the place they cite, which {@link FieldFacts}
 * keeps as a line within the text and places again for each incident. What does depend on the incident, which facts
 * its earlier fields already gave and which value of a first-mention setting it named first, is settled for each
 * incident anew by {@link FieldFacts#addTo}, as it is for a text read for the first time.
 *
 * <p>The memory is bounded by the number of texts and by their length together, and a text longer than a page is
 * never kept (such a text seldom recurs whole, and would push out many short ones), so it stays small whatever the
 * export holds: the texts it keeps outlive the young generation, and a large memory would crowd the heap the batch's
 * pipeline streams through. A text is kept only when it comes a second time while its hash is still remembered:
 * many texts of an export never recur (an address or a user's name makes each one unique), and keeping them would
 * push out the ones that do. Not thread-safe: one per worker.
 */
public final class RecentTexts {

    /** How many texts are kept at most. */
    private static final int TEXTS = 2_048;
    /** How many characters the kept texts hold together at most. */
    private static final long CHARACTERS = 600_000;
    /** The longest text kept. */
    private static final int LONGEST = 4_000;
    /** How many hashes of texts read once are remembered (a power of two). */
    private static final int SIGHTINGS = 8_192;

    private final TextExtractor extractor;
    /** The texts kept and what each states, the one used last at the end. */
    private final LinkedHashMap<String, FieldFacts> read = new LinkedHashMap<>(TEXTS * 2, 0.75f, true);
    private long characters;
    /** The hash of the last text read once that fell in each slot, by the hash's low bits. */
    private final int[] sightings = new int[SIGHTINGS];

    public RecentTexts(TextExtractor extractor) {
        this.extractor = extractor;
    }

    /** Does what {@link TextExtractor#extract} does, reading the text only if it is not one read lately. */
    public void extract(String field, String text, Source source, List<Extracted> found, Set<String> seen) {
        if (text == null || text.isBlank()) {
            return;
        }
        FieldFacts facts = read.get(text);
        if (facts == null) {
            facts = extractor.read(text, source);
            facts.addTo(field, source, found, seen, extractor.catalog().firstMentionWins());
            if (text.length() <= LONGEST && seenBefore(text)) {
                keep(text, facts);
            }
            return;
        }
        facts.addTo(field, source, found, seen, extractor.catalog().firstMentionWins());
    }

    /** Whether the text's hash was remembered from an earlier reading; remembers it if not. */
    private boolean seenBefore(String text) {
        int hash = text.hashCode();
        int slot = (hash ^ hash >>> 16) & (SIGHTINGS - 1);
        if (sightings[slot] == hash) {
            return true;
        }
        sightings[slot] = hash;
        return false;
    }

    /** Keeps a text just read, forgetting the ones used longest ago while there are too many or too long. */
    private void keep(String text, FieldFacts facts) {
        facts.keepLean();
        read.put(text, facts);
        characters += text.length();
        Iterator<String> eldest = read.keySet().iterator();
        while (read.size() > TEXTS || characters > CHARACTERS) {
            characters -= eldest.next().length();
            eldest.remove();
        }
    }
}
