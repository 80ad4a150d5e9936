package io.signindoctor.model;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The client is stated to use automatic configuration: it finds its server through DNS. Rules that only need "not
 * manual" (automatic being Communicator's default) say {@code not ManualConfiguration()} instead.
 */
public final class AutomaticConfiguration extends DerivedFact {

    public AutomaticConfiguration(RuleContext kcontext) {
        super(kcontext);
    }

    @Override
    public String describe() {
        return "the client is configured automatically";
    }
}
