package io.signindoctor.model;

import org.kie.api.runtime.rule.RuleContext;

/**
 * The client's build came before the first build of its line that speaks TLS 1.2 (or its line never got one), so a
 * server that accepts only TLS 1.2 or later refuses its handshake. Which builds those are is written in the rules that
 * derive this fact, with their source, not here.
 */
public final class ClientWithoutTls12 extends DerivedFact {

    private final String build;
    private final String minimum;

    /** @param minimum the first build of the line with TLS 1.2, or null when the line has none */
    public ClientWithoutTls12(String build, String minimum, RuleContext kcontext) {
        super(kcontext);
        this.build = build;
        this.minimum = minimum;
    }

    public String getBuild() {
        return build;
    }

    public String getMinimum() {
        return minimum;
    }

    @Override
    public String describe() {
        return minimum == null ? "client build " + build + " belongs to a line that never got TLS 1.2"
                : "client build " + build + " is older than " + minimum + ", the first of its line with TLS 1.2";
    }
}
