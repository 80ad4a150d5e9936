package io.signindoctor.model;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * One rule's vote for (positive confidence) or against (negative confidence) a cause. Votes are kept separate so
 * that the ranking can combine them and a report can show each rule and the facts it saw.
 */
public record Support(String ruleId, String cause, double confidence, List<Fact> evidence) {

    public Support {
        evidence = List.copyOf(evidence);
    }

    /** The vote of the rule now firing, as its metadata states it. */
    public static Support of(RuleContext kcontext) {
        RuleMetadata meta = RuleMetadata.of(kcontext.getRule());
        return new Support(meta.id(), meta.requireCause(), meta.requireConfidence(), Evidence.of(kcontext));
    }

    public boolean isAgainst() {
        return confidence < 0;
    }
}
