package io.signindoctor.engine;

import io.signindoctor.model.Observation;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

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
 * <p>The lookups and the remembering are compiled into the workers' largest method, and a branch that its first
 * compilation never saw taken throws that compiled code away and has it compiled again. So the first generations are
 * small and each is twice the one before, up to the capacity: the first turns come within the first few hundred
 * incidents, while the compiler is still watching, rather than after some 8,000 distinct observations. For the same
 * reason the young generation's entries are counted here: a concurrent map's size takes another branch from the
 * first time two workers added to it at once, which may happen at any time in a run.
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
    /** Verdicts added to the young generation; a race may count one twice, which only turns it a little early. */
    private final AtomicInteger added = new AtomicInteger();
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
        if (added.incrementAndGet() >= turnAt) {
            turn(current);
        }
    }

    /** Makes the full young generation the old one, unless another worker turned it already. */
    private synchronized void turn(ConcurrentHashMap<Observation, Verdict> full) {
        if (young == full) {
            old = full;
            int next = Math.min(turnAt * 2, capacity);
            turnAt = next;
            added.set(0);
            young = new ConcurrentHashMap<>(next * 4 / 3 + 1);
        }
    }
}
