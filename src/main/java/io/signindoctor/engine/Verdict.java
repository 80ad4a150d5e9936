package io.signindoctor.engine;

import java.util.List;

/**
 * What the rules concluded about one incident of a batch: its causes, best first, the advisories raised (sorted, so
 * that equal verdicts print alike) and the rules that fired.
 */
public record Verdict(List<CauseScore> causes, List<String> advisories, List<String> rulesFired) {

    public Verdict {
        causes = List.copyOf(causes);
        advisories = List.copyOf(advisories);
        rulesFired = List.copyOf(rulesFired);
    }
}
