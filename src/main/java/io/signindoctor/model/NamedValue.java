package io.signindoctor.model;

import java.util.Objects;

/**
 * A single named observation from one group of the vocabulary (account, symptom, client, server). The value keeps
 * its canonical text; number and flag are read from it so that rules can say {@code number != 5060} or
 * {@code flag == false} instead of comparing strings.
 */
public abstract class NamedValue extends Fact {

    private final String name;
    private final String value;
    /** Caches of what name and value say, made at first use: extraction and the writers ask for them many times. */
    private transient String id;
    private transient String description;

    protected NamedValue(String name, String value, Source source) {
        super(source);
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
    }

    /** The group this value belongs to in the facts file, e.g. "client". */
    public abstract String getGroup();

    public String getName() {
        return name;
    }

    public String getValue() {
        return value;
    }

    /** The vocabulary id, e.g. "client.transport". */
    public String getId() {
        String known = id;
        if (known == null) {
            known = getGroup() + "." + name;
            id = known;
        }
        return known;
    }

    /** The value in lower case without a root dot, for comparing host names whichever way they were typed. */
    public String getCanonicalValue() {
        return HostNameMatch.canonical(value);
    }

    /** The value as a whole number, or null when it is not one. */
    public Long getNumber() {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** The value as a yes/no answer, or null when it is not one. */
    public Boolean getFlag() {
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    @Override
    public String describe() {
        String known = description;
        if (known == null) {
            known = getId() + " = " + value;
            description = known;
        }
        return known;
    }
}
