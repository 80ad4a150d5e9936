package io.signindoctor.model;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The client is set to manual configuration: it connects to the servers entered in Advanced Connection Settings (or
 * set by policy) and makes no DNS lookups. Half the scenarios of the reference document start from this condition, so
 * rules name it rather than restate the setting.
 */
public final class ManualConfiguration extends DerivedFact {

    public ManualConfiguration(RuleContext kcontext) {
        super(kcontext);
    }

    @Override
    public String describe() {
        return "the client is configured manually";
    }
}
