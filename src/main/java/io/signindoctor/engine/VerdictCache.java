package io.signindoctor.engine;

import io.signindoctor.model.Observation;
import io.signindoctor.reuse.Generations;

/**
 * The verdicts of the observations a batch met lately. A verdict depends only on the observation, so one memory is
 * shared by all the workers of a run: an incident one worker met spares the rules on the other too (each distinct
 * observation is classified once per run instead of once per worker). Nine incidents in ten of the bench export find
 * their verdict here; {@link Generations} says how it stays bounded without making the workers wait.
 */
public final class VerdictCache extends Generations<Observation, Verdict> {

    /** Distinct observations remembered in each generation: a few megabytes at most for both. */
    public static final int REMEMBERED = 8192;

    public VerdictCache(int capacity) {
        super(capacity);
    }
}
