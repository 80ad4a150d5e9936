package io.signindoctor.engine;

import io.signindoctor.model.Support;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the votes a run left in its session into ranked causes. One place for it, because a case diagnosed on its
 * own and an incident classified in a batch must rank the same votes the same way. Plain loops rather than streams:
 * a batch ranks the votes of every incident whose verdict it has not met before, tens of thousands of times a run.
 */
final class Ranking {

    private static final Comparator<RankedCause> BEST_FIRST = Comparator.comparingDouble(RankedCause::confidence)
            .reversed().thenComparing(RankedCause::cause);
    private static final Comparator<CauseScore> SCORES_BEST_FIRST = Comparator
            .comparingDouble(CauseScore::confidence).reversed().thenComparing(CauseScore::cause);
    private static final Comparator<Support> BY_RULE = Comparator.comparing(Support::ruleId);

    private Ranking() {
    }

    /** Causes best first; ties are broken by cause id so the same votes always give the same order. */
    static List<RankedCause> rank(Collection<Support> supports) {
        List<RankedCause> ranked = new ArrayList<>();
        for (Map.Entry<String, List<Support>> cause : byCause(supports).entrySet()) {
            List<Support> votes = new ArrayList<>(cause.getValue());
            votes.sort(BY_RULE);
            ranked.add(new RankedCause(cause.getKey(), Confidence.combine(strongestPerRule(cause.getValue())), votes));
        }
        ranked.sort(BEST_FIRST);
        return ranked;
    }

    /** The same ranking without the votes behind each cause: what a batch keeps of it. */
    static List<CauseScore> scores(Collection<Support> supports) {
        List<CauseScore> scores = new ArrayList<>();
        for (Map.Entry<String, List<Support>> cause : byCause(supports).entrySet()) {
            scores.add(new CauseScore(cause.getKey(), Confidence.combine(strongestPerRule(cause.getValue()))));
        }
        scores.sort(SCORES_BEST_FIRST);
        return scores;
    }

    private static Map<String, List<Support>> byCause(Collection<Support> supports) {
        Map<String, List<Support>> byCause = new LinkedHashMap<>();
        for (Support support : supports) {
            byCause.computeIfAbsent(support.cause(), cause -> new ArrayList<>()).add(support);
        }
        return byCause;
    }

    /**
     * One vote per rule: a rule that matches twice (two SRV records, say) saw one piece of evidence twice, and
     * certainty factors may only be combined across independent evidence.
     */
    private static List<Double> strongestPerRule(List<Support> supports) {
        Map<String, Double> byRule = new LinkedHashMap<>();
        for (Support support : supports) {
            byRule.merge(support.ruleId(), support.confidence(),
                    (a, b) -> Math.abs(a) >= Math.abs(b) ? a : b);
        }
        return List.copyOf(byRule.values());
    }
}
