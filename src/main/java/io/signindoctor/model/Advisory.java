package io.signindoctor.model;

import java.util.List;
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
}
