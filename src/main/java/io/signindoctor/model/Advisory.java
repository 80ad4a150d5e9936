package io.signindoctor.model;

import java.util.List;
import java.util.Objects;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A finding worth telling the engineer that is not why sign-in fails, such as a configuration that works but is open
 * to a man-in-the-middle attack. Advisories are never ranked against causes.
 */
public record Advisory(String ruleId, String topic, List<Fact> evidence) {

    public Advisory {
        evidence = List.copyOf(evidence);
    }

    public static Advisory of(RuleContext kcontext) {
        RuleMetadata meta = RuleMetadata.of(kcontext.getRule());
        return new Advisory(meta.id(), meta.requireCause(), Evidence.of(kcontext));
    }

    // Written out with the generated methods' exact results, for start-up: see Support.

    @Override
    public boolean equals(Object other) {
        return other instanceof Advisory that
                && Objects.equals(ruleId, that.ruleId)
                && Objects.equals(topic, that.topic)
                && Objects.equals(evidence, that.evidence);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(ruleId);
        hash = 31 * hash + Objects.hashCode(topic);
        hash = 31 * hash + Objects.hashCode(evidence);
        return hash;
    }

    @Override
    public String toString() {
        return new StringBuilder("Advisory[")
                .append("ruleId=").append(ruleId)
                .append(", topic=").append(topic)
                .append(", evidence=").append(evidence)
                .append(']').toString();
    }
}
