package io.signindoctor.cases;

import io.signindoctor.engine.Diagnosis;
import java.util.List;

/** The verdict on one case: every expectation that did not hold, and the diagnosis it was judged on. */
public record CaseResult(RuleCase ruleCase, List<String> failures, Diagnosis diagnosis) {

    public CaseResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }
}
