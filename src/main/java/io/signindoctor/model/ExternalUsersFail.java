package io.signindoctor.model;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Users outside the corporate firewall cannot sign in, the starting point of the external-access scenarios.
 */
public final class ExternalUsersFail extends DerivedFact {

    public ExternalUsersFail(RuleContext kcontext) {
        super(kcontext);
    }

    @Override
    public String describe() {
        return "users outside the firewall cannot sign in";
    }
}
