package io.signindoctor.batch;

import java.util.Arrays;

/**
 * The fields of an incident that its classification depends on, in the mapping's order: its fact columns' values,
 * then its text columns' (a blank field counts as absent, as it does when the incident is classified). Two incidents
 * with equal keys get the same classification whatever their ids, lines and other columns.
 */
final class IncidentKey {

    private final String[] values;
    private final int hash;

    IncidentKey(String[] values) {
        this.values = values;
        this.hash = Arrays.hashCode(values);
    }

    /** The characters of its fields together: what remembering it costs. */
    long length() {
        long length = 0;
        for (String value : values) {
            length += value == null ? 0 : value.length();
        }
        return length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IncidentKey key && key.hash == hash && Arrays.equals(key.values, values);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
