package io.signindoctor.batch;

import io.signindoctor.engine.Verdict;

/**
 * A worker's judgements of the verdicts it met lately, so that incidents that share a verdict share one judgement
 * (which lets the writer encode it once). Not thread-safe; one per worker.
 */
final class Judgements {

    /** Far more than the distinct verdicts that recur in an export; a verdict pushed out is only judged again. */
    private static final int REMEMBERED = 1024;

    private final LastByIdentity<Verdict, Judgement> judged;

    Judgements(double threshold) {
        this.judged = new LastByIdentity<>(REMEMBERED, verdict -> Judgement.of(verdict, threshold));
    }

    Judgement of(Verdict verdict) {
        return judged.get(verdict);
    }
}
