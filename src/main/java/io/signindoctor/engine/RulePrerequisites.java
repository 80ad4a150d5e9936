package io.signindoctor.engine;

import io.signindoctor.model.NamedValue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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
        for (String line : lines) {
            String[] fields = line.split("\t", -1);
            Entry entry = rules.computeIfAbsent(fields[0], rule -> new Entry());
            switch (fields[1]) {
                case RULE -> { }
                case NEEDS -> entry.needs.add(new Requirement(type(fields[2]), fields[3], fields[4]));
                case INSERTS -> entry.inserts.add(new Insertion(type(fields[2]), fields[3]));
                case INSERTS_ANYTHING -> entry.insertsAnything = true;
                default -> throw new IllegalStateException("the built-in rules are damaged: " + INDEX
                        + " has a line of kind " + fields[1]);
            }
        }
        return new RulePrerequisites(rules);
    }

    private static Class<?> type(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the built-in rules are damaged: " + INDEX + " names " + name, e);
        }
    }

    /**
     * The qualified names of the rules that can fire for these facts: those whose every need is met by a fact or by
     * what another possible rule may insert, found by adding rules until no more can be added.
     */
    Set<String> possible(Collection<?> facts) {
        Set<String> possible = new HashSet<>();
        List<Insertion> inserted = new ArrayList<>();
        boolean anything = false;
        boolean added = true;
        while (added) {
            added = false;
            for (Map.Entry<String, Entry> rule : rules.entrySet()) {
                if (possible.contains(rule.getKey()) || !anything && !met(rule.getValue(), facts, inserted)) {
                    continue;
                }
                possible.add(rule.getKey());
                inserted.addAll(rule.getValue().inserts);
                anything |= rule.getValue().insertsAnything;
                added = true;
            }
        }
        return possible;
    }

    private static boolean met(Entry rule, Collection<?> facts, List<Insertion> inserted) {
        for (Requirement need : rule.needs) {
            if (facts.stream().noneMatch(need::metBy) && inserted.stream().noneMatch(need::metBy)) {
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
