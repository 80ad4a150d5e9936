package io.signindoctor.engine;

import io.signindoctor.model.NamedValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which built-in rules can fire at all for a case, worked out from its facts before any rule network is built: a
 * one-shot diagnosis then builds the network of those rules only, which is most of its start-up time (a typical
 * case can fire a third of the rules). The build writes what each rule needs and may insert
 * (io.signindoctor.build.PrerequisiteIndex); a rule is possible when each fact it needs is given or may be inserted by
 * a possible rule. The answer may include rules that will not fire, never leave out one that would: a condition the
 * index does not record (a negation, an {@code or}, any constraint other than a name or value equal to a text) is
 * taken as met, and a consequence it cannot read makes every fact possible.
 */
public final class RulePrerequisites {

    /**
     * The index the build writes, tab-separated: a line "RULE rule" for each rule, then "RULE needs TYPE NAME VALUE"
     * for each fact it needs, "RULE inserts TYPE NAME" for each it may insert, "RULE inserts-anything" for a
     * consequence not understood; an empty name or value stands for any.
     */
    public static final String INDEX = "META-INF/signin-doctor/rule-prerequisites.txt";

    public static final String RULE = "rule";
    public static final String NEEDS = "needs";
    public static final String INSERTS = "inserts";
    public static final String INSERTS_ANYTHING = "inserts-anything";

    /** A fact a rule's condition needs: of a type, and for a named value, with this name and value when given. */
    private record Requirement(Class<?> type, String name, String value) {

        boolean metBy(Object fact) {
            if (!type.isInstance(fact)) {
                return false;
            }
            if (!(fact instanceof NamedValue named)) {
                return name.isEmpty() && value.isEmpty();
            }
            return (name.isEmpty() || name.equals(named.getName()))
                    && (value.isEmpty() || value.equals(named.getValue()));
        }

        /** Met by an insertion of the type, a subtype, or a supertype (a factory may make any subtype of its type). */
        boolean metBy(Insertion insertion) {
            return (type.isAssignableFrom(insertion.type()) || insertion.type().isAssignableFrom(type))
                    && (name.isEmpty() || insertion.name().isEmpty() || name.equals(insertion.name()));
        }
    }

    /** A fact a rule's consequence may insert: of a type, and for a named value with this name when known. */
    private record Insertion(Class<?> type, String name) {
    }

    private static final class Entry {
        final List<Requirement> needs = new ArrayList<>();
        final List<Insertion> inserts = new ArrayList<>();
        boolean insertsAnything;
    }

    private final Map<String, Entry> rules;

    private RulePrerequisites(Map<String, Entry> rules) {
        this.rules = rules;
    }

    /** Reads the index; a type it names that cannot be loaded means a broken build. */
    static RulePrerequisites parse(List<String> lines) {
        Map<String, Entry> rules = new LinkedHashMap<>();
        Map<String, Class<?>> types = new HashMap<>();
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            Entry entry = rules.get(fields[0]);
            if (entry == null) {
                entry = new Entry();
                rules.put(fields[0], entry);
            }
            switch (fields[1]) {
                case RULE -> { }
                case NEEDS -> entry.needs.add(new Requirement(type(fields[2], types), fields[3], fields[4]));
                case INSERTS -> entry.inserts.add(new Insertion(type(fields[2], types), fields[3]));
                case INSERTS_ANYTHING -> entry.insertsAnything = true;
                default -> throw new IllegalStateException("the built-in rules are damaged: " + INDEX
                        + " has a line of kind " + fields[1]);
            }
        }
        return new RulePrerequisites(rules);
    }

    /** The class of a type name, each name looked up once: the index names a few dozen types a thousand times. */
    private static Class<?> type(String name, Map<String, Class<?>> types) {
        Class<?> type = types.get(name);
        if (type == null) {
            try {
                type = Class.forName(name);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the built-in rules are damaged: " + INDEX + " names " + name, e);
            }
            types.put(name, type);
        }
        return type;
    }

    /**
     * The qualified names of the rules that can fire for these facts: those whose every need is met by a fact or by
     * what another possible rule may insert, found by adding rules until no more can be added. Each need is checked
     * against the facts once; only the needs no fact meets are checked again as insertions accumulate. Plain loops,
     * no streams: this runs once, cold, on the critical path of a one-shot diagnosis.
     */
    Set<String> possible(Collection<?> facts) {
        Map<String, List<Requirement>> waiting = new LinkedHashMap<>();
        for (Map.Entry<String, Entry> rule : rules.entrySet()) {
            List<Requirement> unmet = new ArrayList<>();
            for (Requirement need : rule.getValue().needs) {
                if (!metByAny(need, facts)) {
                    unmet.add(need);
                }
            }
            waiting.put(rule.getKey(), unmet);
        }
        Set<String> possible = new HashSet<>();
        List<Insertion> inserted = new ArrayList<>();
        boolean anything = false;
        boolean added = true;
        while (added) {
            added = false;
            for (Iterator<Map.Entry<String, List<Requirement>>> pending = waiting.entrySet().iterator();
                    pending.hasNext(); ) {
                Map.Entry<String, List<Requirement>> rule = pending.next();
                if (!anything && !insertedForAll(rule.getValue(), inserted)) {
                    continue;
                }
                pending.remove();
                possible.add(rule.getKey());
                Entry entry = rules.get(rule.getKey());
                inserted.addAll(entry.inserts);
                anything |= entry.insertsAnything;
                added = true;
            }
        }
        return possible;
    }

    private static boolean metByAny(Requirement need, Collection<?> facts) {
        for (Object fact : facts) {
            if (need.metBy(fact)) {
                return true;
            }
        }
        return false;
    }

    private static boolean insertedForAll(List<Requirement> needs, List<Insertion> inserted) {
        for (Requirement need : needs) {
            boolean met = false;
            for (Insertion insertion : inserted) {
                if (need.metBy(insertion)) {
                    met = true;
                    break;
                }
            }
            if (!met) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every rule's consequence only inserts logically (none modifies, updates or deletes a fact, as far as the
     * index could read them): then no rule reacts to a change of a fact's properties, and a network can be built
     * without working out which properties each pattern watches.
     */
    boolean onlyInsertLogically() {
        for (Entry entry : rules.values()) {
            if (entry.insertsAnything) {
                return false;
            }
        }
        return true;
    }

    /** Whether the index lists this rule; a rule it does not know is never left out. */
    boolean knows(String rule) {
        return rules.containsKey(rule);
    }
}
