package io.signindoctor.model;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Sign-in works in this case. Most rules apply unless this is known ({@code not SignInWorks()}), since an engineer often
 * starts from a failure without saying so.
 */
public final class SignInWorks extends DerivedFact {

    public SignInWorks(RuleContext kcontext) {
        super(kcontext);
    }

    @Override
    public String describe() {
        return "sign-in works";
    }
}
