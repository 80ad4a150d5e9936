package io.signindoctor.reuse;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * A bounded memory shared by the workers of a batch, for results that depend on their key alone. Bounded, so that an
 * export where every incident is different costs a little memory and no more; shared, so that what one worker worked
 * out spares the other the same work.
 *
 * <p>Most lookups of a batch find what they look for, so a lookup must not make the workers wait for each other: the
 * entries are kept in two generations of concurrent maps, read without a lock. New entries go into the young one;
 * when it is full, it becomes the old one and the old one is dropped, and an entry found in the old one is copied
 * into the young one, so the keys still in use survive the turn and the ones nobody asked for since are forgotten. A
 * race between two workers can at worst forget an entry, which costs its work once more, never a wrong answer. A
 * generation also turns when the weight of its entries (their size, say) reaches a bound, for entries whose size
 * varies too much for their number alone to bound the memory.
 *
 * <p>The lookups and the remembering are compiled into the workers' largest methods, and a branch that their first
 * compilation never saw taken throws that compiled code away and has it compiled again. So the first generations are
 * small and each is twice the one before, up to the capacity: the first turns come within the first few hundred
 * entries, while the compiler is still watching, rather than after thousands. For the same reason the young
 * generation's entries are counted here: a concurrent map's size takes another branch from the first time two
 * workers added to it at once, which may happen at any time in a run.
 *
 * @param <K> the key, whose equality says the results are the same
 * @param <V> what is remembered for a key
 */
public class Generations<K, V> {

    /** The size of the first generation. */
    public static final int FIRST = 64;

    private final int capacity;
    private final long weightPerGeneration;
    /** The weight of an entry, by its key; null when only their number bounds the generations. */
    private final ToLongFunction<? super K> weigher;
    /** The size at which the young generation turns: FIRST at first, doubling at each turn up to capacity. */
    private volatile int turnAt;
    private volatile ConcurrentHashMap<K, V> young;
    /** Entries added to the young generation; a race may count one twice, which only turns it a little early. */
    private final AtomicInteger added = new AtomicInteger();
    /** The weight of the entries added to the young generation. */
    private final AtomicLong weighed = new AtomicLong();
    private volatile ConcurrentHashMap<K, V> old = new ConcurrentHashMap<>();

    /** A memory of at most capacity entries in each generation, whatever they weigh. */
    public Generations(int capacity) {
        this(capacity, Long.MAX_VALUE, null);
    }

    /**
     * A memory of at most capacity entries in each generation, whose entries weigh less than the bound together, each
     * weighing what the weigher makes of its key.
     */
    public Generations(int capacity, long weightPerGeneration, ToLongFunction<? super K> weigher) {
        this.capacity = capacity;
        this.weightPerGeneration = weightPerGeneration;
        this.weigher = weigher;
        this.turnAt = Math.min(FIRST, capacity);
        this.young = new ConcurrentHashMap<>(turnAt * 4 / 3 + 1);
    }

    /** What was remembered for the key, or null when it is not one met lately. */
    public V find(K key) {
        V value = young.get(key);
        if (value == null) {
            value = old.get(key);
            if (value != null) {
                remember(key, value);
            }
        }
        return value;
    }

    /** Remembers a key's value, turning the generations when the young one is full. */
    public void remember(K key, V value) {
        ConcurrentHashMap<K, V> current = young;
        current.put(key, value);
        if (added.incrementAndGet() >= turnAt
                || weigher != null && weighed.addAndGet(weigher.applyAsLong(key)) >= weightPerGeneration) {
            turn(current);
        }
    }

    /** Makes the full young generation the old one, unless another worker turned it already. */
    private synchronized void turn(ConcurrentHashMap<K, V> full) {
        if (young == full) {
            old = full;
            int next = Math.min(turnAt * 2, capacity);
            turnAt = next;
            added.set(0);
            weighed.set(0);
            young = new ConcurrentHashMap<>(next * 4 / 3 + 1);
        }
    }
}
