package io.signindoctor.engine;

import io.signindoctor.model.Observation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The verdicts of the observations a batch met most recently. Bounded, least recently used first out, so that an
 * export where every incident is different costs a little memory and no more. One is shared by all the workers of a
 * run: a verdict depends only on the observation, so an incident one worker met spares the rules on the other too
 * (each distinct observation is classified once per run instead of once per worker). A lookup holds the lock for a
 * hash probe, far less than the work on an incident around it, so the workers hardly ever wait for each other.
 */
public final class VerdictCache {

    /** Distinct observations remembered: a few megabytes at most. */
    public static final int REMEMBERED = 8192;

    private final Map<Observation, Verdict> verdicts;

    public VerdictCache(int capacity) {
        this.verdicts = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Observation, Verdict> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Verdict find(Observation observation) {
        return verdicts.get(observation);
    }

    synchronized void remember(Observation observation, Verdict verdict) {
        verdicts.put(observation, verdict);
    }
}
