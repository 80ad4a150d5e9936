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
 *
 * <p>The first generations are small and each is twice the one before, up to the capacity: so the turn of a
 * generation happens within the first few hundred incidents, while the just-in-time compiler is still profiling the
 * workers' code. A turn first met after the compiler has made the workers' largest method without it (after some
 * 8,000 distinct observations) throws that compiled code away and has it compiled again.
 */
public final class VerdictCache {

    /** Distinct observations remembered in each generation: a few megabytes at most for both. */
    public static final int REMEMBERED = 8192;

    /** The size of the first generation. */
    static final int FIRST = 64;

    private final int capacity;
    /** The size at which the young generation turns: FIRST at first, doubling at each turn up to capacity. */
    private volatile int turnAt;
    private volatile ConcurrentHashMap<Observation, Verdict> young;
    private volatile ConcurrentHashMap<Observation, Verdict> old = new ConcurrentHashMap<>();

    public VerdictCache(int capacity) {
        this.capacity = capacity;
        this.turnAt = Math.min(FIRST, capacity);
        this.young = new ConcurrentHashMap<>(turnAt * 4 / 3 + 1);
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
        if (current.size() >= turnAt) {
            turn(current);
        }
    }

    /** Makes the full young generation the old one, unless another worker turned it already. */
    private synchronized void turn(ConcurrentHashMap<Observation, Verdict> full) {
        if (young == full) {
            old = full;
            int next = Math.min(turnAt * 2, capacity);
            turnAt = next;
            young = new ConcurrentHashMap<>(next * 4 / 3 + 1);
        }
    }
}
