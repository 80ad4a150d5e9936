package io.signindoctor.model;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The value of a policy that actually applies once Computer Configuration has taken precedence over User
 * Configuration. Rules about a policy read this rather than either scope, so precedence is decided in one place.
 */
public final class EffectivePolicy extends DerivedFact {

    private final String name;
    private final String value;
    private final String decidedBy;

    public EffectivePolicy(String name, String value, String decidedBy, RuleContext kcontext) {
        super(kcontext);
        this.name = name;
        this.value = value;
        this.decidedBy = decidedBy;
    }

    public String getName() {
        return name;
    }

    /** enabled, disabled or not-configured. */
    public String getValue() {
        return value;
    }

    /** The scope whose setting applies (computer or user), or "none" when neither configures the policy. */
    public String getDecidedBy() {
        return decidedBy;
    }

    @Override
    public String describe() {
        return "effective policy " + name + " = " + value
                + ("none".equals(decidedBy) ? " (configured at no scope)" : " (decided by " + decidedBy + " configuration)");
    }
}
