package io.signindoctor.model;

import java.util.Objects;

/**
 * A Communicator Group Policy setting at one scope. The same policy can be set under Computer Configuration and
 * under User Configuration with different values, so the scope is part of the fact and precedence is left to rules.
 */
public final class PolicyValue extends Fact {

    private final String name;
    private final String scope;
    private final String value;

    public PolicyValue(String name, String scope, String value, Source source) {
        super(source);
        this.name = Objects.requireNonNull(name, "name");
        this.scope = Objects.requireNonNull(scope, "scope");
        this.value = Objects.requireNonNull(value, "value");
    }

    public String getName() {
        return name;
    }

    public String getScope() {
        return scope;
    }

    /** enabled, disabled or not-configured. */
    public String getValue() {
        return value;
    }

    @Override
    public String describe() {
        return "policy " + name + " (" + scope + " configuration) = " + value;
    }
}
