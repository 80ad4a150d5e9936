package io.signindoctor.engine;

import java.util.List;

/** What the rules concluded about one incident of a batch: its causes, best first, and the rules that fired. */
public record Verdict(List<CauseScore> causes, List<String> rulesFired) {

    public Verdict {
        causes = List.copyOf(causes);
        rulesFired = List.copyOf(rulesFired);
    }
}
