package io.signindoctor.engine;

import io.signindoctor.model.Observation;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The verdicts of the observations a batch met lately. Bounded, so that an export where every incident is different
 * costs a little memory and no more. One is shared by all the workers of a run: a verdict depends only on the
 * observation, so an incident one worker met spares the rules on the other too (each distinct observation is
 * classified once per run instead of once per worker).
 *
 * <p>Nine incidents in ten of the bench export find their verdict here, so a lookup must not make the workers wait
 * for each other: the verdicts are kept in two generations of concurrent maps, read without a lock. New verdicts go
 * into the young one; when it is full, it becomes the old one and the old one is dropped, and a verdict found in the
 * old one is copied into the young one, so the observations still in use survive the turn and the ones no incident
 * asked for since are forgotten. A race between two workers can at worst forget a verdict, which costs one run of
 * the rules, never a wrong answer.
 */
public final class VerdictCache {

    /** Distinct observations remembered in each generation: a few megabytes at most for both. */
    public static final int REMEMBERED = 8192;

    private final int capacity;
    private volatile ConcurrentHashMap<Observation, Verdict> young;
    private volatile ConcurrentHashMap<Observation, Verdict> old = new ConcurrentHashMap<>();

    public VerdictCache(int capacity) {
        this.capacity = capacity;
        this.young = new ConcurrentHashMap<>(capacity * 4 / 3 + 1);
    }

    Verdict find(Observation observation) {
        Verdict verdict = young.get(observation);
        if (verdict == null) {
            verdict = old.get(observation);
            if (verdict != null) {
                remember(observation, verdict);
            }
        }
        return verdict;
    }

    void remember(Observation observation, Verdict verdict) {
        ConcurrentHashMap<Observation, Verdict> current = young;
        current.put(observation, verdict);
        if (current.size() >= capacity) {
            turn(current);
        }
    }

    /** Makes the full young generation the old one, unless another worker turned it already. */
    private synchronized void turn(ConcurrentHashMap<Observation, Verdict> full) {
        if (young == full) {
            old = full;
            young = new ConcurrentHashMap<>(capacity * 4 / 3 + 1);
        }
    }
}
