package io.signindoctor.batch;

import io.signindoctor.engine.CauseScore;
import io.signindoctor.engine.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * What an outcome says of its incident's verdict at the run's threshold: the top cause when one reaches it, the other
 * causes with some support, the advisories raised and the rules that fired. It depends on the verdict alone, and a
 * session hands out one object per distinct verdict (a few dozen cover the bench export), so most incidents of an
 * export share a judgement with many others: it is worked out once per verdict ({@link Judgements}) and written once
 * per verdict too ({@link JsonOutcomeWriter}).
 */
record Judgement(CauseScore top, List<CauseScore> others, List<String> advisories, List<String> rules) {

    Judgement {
        others = List.copyOf(others);
        advisories = List.copyOf(advisories);
        rules = List.copyOf(rules);
    }

    /** The first cause at or above the threshold is the top one; the others are those with any support. */
    static Judgement of(Verdict verdict, double threshold) {
        CauseScore top = null;
        List<CauseScore> others = new ArrayList<>();
        for (CauseScore cause : verdict.causes()) {
            if (top == null && cause.confidence() >= threshold) {
                top = cause;
            } else if (cause.confidence() > 0) {
                others.add(cause);
            }
        }
        return new Judgement(top, others, verdict.advisories(), verdict.rulesFired());
    }
}
