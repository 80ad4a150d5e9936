package io.signindoctor.model;

import java.util.List;
import java.util.Objects;
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

    /**
     * The vote of the rule now firing for a cause a fact names (a resemblance to the tickets of that cause), as
     * strong as the rule's confidence times the fact's strength: the rule states how much such evidence weighs, the
     * fact which cause it is for and how sure it is.
     */
    public static Support ofCause(RuleContext kcontext, String cause, double strength) {
        RuleMetadata meta = RuleMetadata.of(kcontext.getRule());
        return new Support(meta.id(), cause, meta.requireConfidence() * strength, Evidence.of(kcontext));
    }

    public boolean isAgainst() {
        return confidence < 0;
    }

    /*
     * equals, hashCode and toString are written out, with exactly the results the record's generated ones give: the
     * generated ones are linked at their first call through java.lang.runtime.ObjectMethods, which spins dozens of
     * method-handle classes on the main thread right after the rules fire, the critical path of a one-shot diagnose
     * (bench/startup.sh). Drools' truth maintenance hashes and compares conclusions; reports sort them by toString.
     */

    @Override
    public boolean equals(Object other) {
        return other instanceof Support that
                && Objects.equals(ruleId, that.ruleId)
                && Objects.equals(cause, that.cause)
                && Double.compare(confidence, that.confidence) == 0
                && Objects.equals(evidence, that.evidence);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(ruleId);
        hash = 31 * hash + Objects.hashCode(cause);
        hash = 31 * hash + Double.hashCode(confidence);
        hash = 31 * hash + Objects.hashCode(evidence);
        return hash;
    }

    @Override
    public String toString() {
        return new StringBuilder("Support[")
                .append("ruleId=").append(ruleId)
                .append(", cause=").append(cause)
                .append(", confidence=").append(confidence)
                .append(", evidence=").append(evidence)
                .append(']').toString();
    }
}
