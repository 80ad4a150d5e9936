package io.signindoctor.model;

import java.util.Objects;

/**
 * A DWORD from the registry of a named machine role. The NTLM minimum-security values are bit masks, so the value
 * is kept as a number and shown in hexadecimal, the way regedit and the reference document write it.
 */
public final class RegistryValue extends Fact {

    private final String machine;
    private final String key;
    private final String name;
    private final long value;

    public RegistryValue(String machine, String key, String name, long value, Source source) {
        super(source);
        this.machine = Objects.requireNonNull(machine, "machine");
        this.key = Objects.requireNonNull(key, "key");
        this.name = Objects.requireNonNull(name, "name");
        this.value = value;
    }

    /** A DWORD as an engineer reads it off regedit: decimal, or hexadecimal with 0x. */
    public static RegistryValue fromAnswer(String machine, String key, String name, String answer, Source source) {
        String text = answer.trim();
        long value = text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16)
                : Long.parseLong(text);
        return new RegistryValue(machine, key, name, value, source);
    }

    public String getMachine() {
        return machine;
    }

    public String getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public long getValue() {
        return value;
    }

    public String getHex() {
        return String.format("0x%08x", value);
    }

    @Override
    public String describe() {
        return machine + " registry " + key + "\\" + name + " = " + getHex();
    }
}
