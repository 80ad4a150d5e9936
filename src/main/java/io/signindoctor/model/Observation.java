package io.signindoctor.model;

import io.signindoctor.vocabulary.Schema;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the rules can see of a list of facts: the type and every value of each fact, in order, and the kind of its
 * source (stated, answered, probed, read from text) but not where it came from. Rules read values, never file names
 * or line numbers, so two cases with equal observations reach the same conclusions; a batch of incidents, where the
 * same few stories recur thousands of times, uses this to reuse a verdict instead of running the rules again.
 * The values are read reflectively from every field a fact class declares, so a field added to a fact later can
 * never be left out of the comparison; only {@code transient} fields are skipped, which hold what the other fields
 * already say (a description made at first use) and may or may not be filled in yet.
 */
public final class Observation {

    private static final ClassValue<Field[]> VALUE_FIELDS = new ClassValue<>() {
        @Override
        protected Field[] computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (Class<?> declaring = type; declaring != Fact.class; declaring = declaring.getSuperclass()) {
                for (Field field : declaring.getDeclaredFields()) {
                    if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                        field.setAccessible(true);
                        fields.add(field);
                    }
                }
            }
            return fields.toArray(new Field[0]);
        }
    };

    private final Object[] values;
    private final int hash;

    private Observation(Object[] values) {
        this.values = values;
        this.hash = Arrays.hashCode(values);
    }

    public static Observation of(List<? extends Fact> facts) {
        return new Observation(valuesOf(facts));
    }

    /**
     * The same, up to which IPv4 addresses the facts name ({@link AddressNumbering}): for rules that tell addresses
     * apart and from names but never read their digits. Versions are read part by part ({@link BuildNumbers}), and a
     * build such as 16.0.1.2 looks like an address, so facts that name a version are observed exactly.
     */
    public static Observation upToAddresses(List<? extends Fact> facts) {
        Object[] values = valuesOf(facts);
        return new Observation(namesAVersion(facts) ? values : AddressNumbering.of(values));
    }

    private static boolean namesAVersion(List<? extends Fact> facts) {
        for (Fact fact : facts) {
            if (fact instanceof NamedValue named && Schema.VERSIONS.contains(named.getName())) {
                return true;
            }
        }
        return false;
    }

    private static Object[] valuesOf(List<? extends Fact> facts) {
        int size = 0;
        for (Fact fact : facts) {
            size += 2 + VALUE_FIELDS.get(fact.getClass()).length;
        }
        Object[] values = new Object[size];
        int at = 0;
        for (Fact fact : facts) {
            values[at++] = fact.getClass();
            values[at++] = fact.getSource().kind();
            for (Field field : VALUE_FIELDS.get(fact.getClass())) {
                try {
                    values[at++] = field.get(fact);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + field, e);
                }
            }
        }
        return values;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Observation observation && observation.hash == hash
                && Arrays.equals(observation.values, values);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
