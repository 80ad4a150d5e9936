package io.signindoctor.engine;

import io.signindoctor.model.Support;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the votes a run left in its session into ranked causes. One place for it, because a case diagnosed on its
 * own and an incident classified in a batch must rank the same votes the same way.
 */
final class Ranking {

    private Ranking() {
    }

    /** Causes best first; ties are broken by cause id so the same votes always give the same order. */
    static List<RankedCause> rank(Collection<Support> supports) {
        Map<String, List<Support>> byCause = supports.stream()
                .collect(Collectors.groupingBy(Support::cause, LinkedHashMap::new, Collectors.toList()));
        return byCause.entrySet().stream()
                .map(entry -> new RankedCause(entry.getKey(), Confidence.combine(strongestPerRule(entry.getValue())),
                        entry.getValue().stream().sorted(Comparator.comparing(Support::ruleId)).toList()))
                .sorted(Comparator.comparingDouble(RankedCause::confidence).reversed()
                        .thenComparing(RankedCause::cause))
                .toList();
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
