package io.signindoctor.model;

import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A rule's statement that one more fact would help decide the causes it bears on. Needs are inserted logically, so they
 * disappear when what raised them no longer holds; the interview asks them, and a report lists the open ones as
 * what to check next.
 */
public record Need(String ruleId, String fact, List<String> causes, List<Fact> evidence) {

    public Need {
        causes = List.copyOf(causes);
        evidence = List.copyOf(evidence);
    }

    /** The need the firing rule states; its @cause may list several causes, separated by commas. */
    public static Need of(RuleContext kcontext) {
        RuleMetadata meta = RuleMetadata.of(kcontext.getRule());
        return new Need(meta.id(), meta.requireAsks(), RuleMetadata.causeList(meta.requireCause()),
                Evidence.of(kcontext));
    }

    // Written out with the generated methods' exact results, for start-up: see Support.

    @Override
    public boolean equals(Object other) {
        return other instanceof Need that
                && Objects.equals(ruleId, that.ruleId)
                && Objects.equals(fact, that.fact)
                && Objects.equals(causes, that.causes)
                && Objects.equals(evidence, that.evidence);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(ruleId);
        hash = 31 * hash + Objects.hashCode(fact);
        hash = 31 * hash + Objects.hashCode(causes);
        hash = 31 * hash + Objects.hashCode(evidence);
        return hash;
    }

    @Override
    public String toString() {
        return new StringBuilder("Need[")
                .append("ruleId=").append(ruleId)
                .append(", fact=").append(fact)
                .append(", causes=").append(causes)
                .append(", evidence=").append(evidence)
                .append(']').toString();
    }
}
