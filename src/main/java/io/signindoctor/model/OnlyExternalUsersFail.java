package io.signindoctor.model;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Users inside the corporate network sign in and users outside the firewall do not: the pattern that points at
 * authentication and the Access Edge rather than at one user's account or address.
 */
public final class OnlyExternalUsersFail extends DerivedFact {

    public OnlyExternalUsersFail(RuleContext kcontext) {
        super(kcontext);
    }

    @Override
    public String describe() {
        return "users inside sign in, users outside the firewall do not";
    }
}
