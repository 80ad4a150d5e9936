package io.signindoctor.engine;

import java.util.HashMap;
import java.util.Map;

/**
 * One object for each distinct verdict a session reached lately. Many observations lead to the same verdict (the
 * 16,000 distinct observations of 200,000 bench incidents lead to fewer than a hundred verdicts), and handing out one
 * object per verdict lets a batch make what it derives from a verdict once per verdict, telling verdicts apart by
 * identity (the batch writer encodes each once), instead of once per observation. Bounded: when it holds as many as it
 * may, it starts afresh, which only makes some equal verdicts two objects. Not thread-safe; one per session.
 */
final class DistinctVerdicts {

    private final int capacity;
    private final Map<Verdict, Verdict> distinct = new HashMap<>();

    DistinctVerdicts(int capacity) {
        this.capacity = capacity;
    }

    /** The verdict met before that equals this one, or this one, from now on the one handed out. */
    Verdict of(Verdict verdict) {
        Verdict known = distinct.get(verdict);
        if (known != null) {
            return known;
        }
        if (distinct.size() >= capacity) {
            distinct.clear();
        }
        distinct.put(verdict, verdict);
        return verdict;
    }
}
