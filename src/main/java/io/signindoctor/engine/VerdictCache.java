package io.signindoctor.engine;

import io.signindoctor.model.Observation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdicts of the observations a batch worker met most recently. Bounded, least recently used first out, so that
 * an export where every incident is different costs a little memory and no more; one per worker thread, so it needs
 * no locking.
 */
final class VerdictCache {

    private final Map<Observation, Verdict> verdicts;

    VerdictCache(int capacity) {
        this.verdicts = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Observation, Verdict> eldest) {
                return size() > capacity;
            }
        };
    }

    Verdict find(Observation observation) {
        return verdicts.get(observation);
    }

    void remember(Observation observation, Verdict verdict) {
        verdicts.put(observation, verdict);
    }
}
