package io.signindoctor.batch;

import io.signindoctor.reuse.Generations;
import io.signindoctor.reuse.Sightings;

/**
 * The classifications of the incidents a batch met lately, by the fields they depend on, so that an incident whose
 * fields recur whole is classified once: exports repeat whole incidents a great deal (a monitoring alert raised
 * every few minutes, a ticket template filled in the same way, a problem reported by one user after another in the
 * same words). Such an incident is spared its reading, its rules, its resemblance to labelled tickets, and the
 * encoding of all that in the output.
 *
 * <p>Exact, not an approximation: a classification depends on the mapped fields alone (the readers of text, the rules
 * and the resemblance model consult nothing else of the incident), and what does depend on the incident itself (its
 * id, input, line and label) is kept out of it. An incident is remembered only when it comes a second time while its
 * key's hash is remembered, since most incidents of an export are unique; and only while it is short, since a long
 * text seldom recurs whole. The memory is shared by the workers and bounded by the incidents' number and length.
 */
final class RecentIncidents {

    /** Incidents remembered in each generation at most. */
    private static final int REMEMBERED = 16_384;
    /** The characters of the incidents of a generation at most, bounding the memory whatever the export holds. */
    private static final long CHARACTERS = 6_000_000;
    /** The longest incident remembered, its fields together. */
    private static final long LONGEST = 8_000;
    /** How many hashes of incidents met once are remembered (a power of two). */
    private static final int SIGHTINGS = 16_384;

    private final Generations<IncidentKey, Classification> kept = new Generations<>(REMEMBERED, CHARACTERS,
            IncidentKey::length);
    private final Sightings sightings = new Sightings(SIGHTINGS);

    /** The classification of an incident with this key met lately, or null. */
    Classification find(IncidentKey key) {
        return kept.find(key);
    }

    /** Remembers an incident's classification if it is short and its key came before while its hash was remembered. */
    void offer(IncidentKey key, Classification classification) {
        if (key.length() <= LONGEST && sightings.seenBefore(key.hashCode())) {
            classification.markRemembered();
            kept.remember(key, classification);
        }
    }
}
