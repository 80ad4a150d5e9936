package io.signindoctor.model;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A rule's statement that one more fact would decide a cause it bears on. Needs are inserted logically, so they
 * disappear when what raised them no longer holds; the interview asks them, and a report lists the open ones as
 * what to check next.
 */
public record Need(String ruleId, String fact, String cause, List<Fact> evidence) {

    public Need {
        evidence = List.copyOf(evidence);
    }

    public static Need of(RuleContext kcontext) {
        RuleMetadata meta = RuleMetadata.of(kcontext.getRule());
        return new Need(meta.id(), meta.requireAsks(), meta.requireCause(), Evidence.of(kcontext));
    }
}
