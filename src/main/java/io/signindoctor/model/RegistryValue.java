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
    /** What {@link #describe} says, made at first use: extraction compares facts by it, and the writers print it. */
    private transient String description;

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

    /** As "0x%08x" formats it, without the cost of a Formatter: rules and descriptions ask for it per incident. */
    public String getHex() {
        String digits = Long.toHexString(value);
        return "0x" + "0".repeat(Math.max(0, 8 - digits.length())) + digits;
    }

    @Override
    public String describe() {
        String known = description;
        if (known == null) {
            known = machine + " registry " + key + "\\" + name + " = " + getHex();
            description = known;
        }
        return known;
    }
}
