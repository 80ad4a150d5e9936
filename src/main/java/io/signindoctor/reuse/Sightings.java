package io.signindoctor.reuse;

/**
 * The hashes of things met once lately, so that a memory keeps only what comes a second time: most texts of an
 * export never recur (an address or a name makes each one unique), and keeping them would push out those that do.
 * One hash per slot, by the hash's bits; a newer hash takes the slot of an older one. Not synchronised: a write lost
 * between threads only makes a thing wait one more sighting before it is kept.
 */
public final class Sightings {

    private final int[] hashes;

    /** A table of the given number of slots, a power of two. */
    public Sightings(int slots) {
        this.hashes = new int[slots];
    }

    /** Whether a thing with this hash was met before while its hash was remembered; remembers the hash if not. */
    public boolean seenBefore(int hash) {
        int slot = (hash ^ hash >>> 16) & (hashes.length - 1);
        if (hashes[slot] == hash) {
            return true;
        }
        hashes[slot] = hash;
        return false;
    }
}
