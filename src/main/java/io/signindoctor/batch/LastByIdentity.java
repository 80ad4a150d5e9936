package io.signindoctor.batch;

import java.util.function.Function;

/**
 * Remembers what was made of the objects met lately, telling them apart by identity: a lookup hashes no contents, so
 * it costs far less than a map keyed by equality when the same few objects come back again and again, as the shared
 * verdicts of a batch do. A fixed table where each object has one slot, chosen by its identity hash: an object that
 * lands on an occupied slot takes it, so the table never grows, and the one pushed out is only made again if it comes
 * back. Not thread-safe.
 */
final class LastByIdentity<K, V> {

    private final Function<K, V> make;
    private final Object[] keys;
    private final Object[] values;
    private final int mask;

    /** A table of slots, a power of two, of what make makes of each key. */
    LastByIdentity(int slots, Function<K, V> make) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("expected a power of two, got " + slots);
        }
        this.keys = new Object[slots];
        this.values = new Object[slots];
        this.mask = slots - 1;
        this.make = make;
    }

    /** What make made of this very key when it was last met, or what it makes of it now. */
    @SuppressWarnings("unchecked")
    V get(K key) {
        int slot = System.identityHashCode(key) & mask;
        if (keys[slot] == key) {
            return (V) values[slot];
        }
        V value = make.apply(key);
        keys[slot] = key;
        values[slot] = value;
        return value;
    }
}
