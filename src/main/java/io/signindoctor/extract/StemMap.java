package io.signindoctor.extract;

import java.util.Map;

/**
 * An unchangeable map from stems to what the catalogues know of them, for the lookups made once or twice per token
 * of every text. Open addressing over flat arrays, with each key's hash kept beside it, finds a stem with one probe of
 * an int array and one comparison in most cases, where a hash map follows a node per entry.
 */
final class StemMap<V> {

    private final int[] hashes;
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    /** The entries of a map, whose keys are not null. */
    StemMap(Map<String, V> entries) {
        int slots = Integer.highestOneBit(Math.max(2, entries.size() * 2 - 1)) << 1;
        hashes = new int[slots];
        keys = new String[slots];
        values = new Object[slots];
        mask = slots - 1;
        entries.forEach((key, value) -> {
            int hash = key.hashCode();
            int slot = spread(hash) & mask;
            while (keys[slot] != null) {
                slot = slot + 1 & mask;
            }
            hashes[slot] = hash;
            keys[slot] = key;
            values[slot] = value;
        });
    }

    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }

    /** What the map holds for a stem, or null. */
    @SuppressWarnings("unchecked")
    V get(String stem) {
        int hash = stem.hashCode();
        for (int slot = spread(hash) & mask; keys[slot] != null; slot = slot + 1 & mask) {
            if (hashes[slot] == hash && keys[slot].equals(stem)) {
                return (V) values[slot];
            }
        }
        return null;
    }
}
