package io.signindoctor.extract;

import io.signindoctor.model.NamedValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps, of the values a text gives one setting, the one it names first. A ticket tells its story in order: the
 * state found ("the Authentication tab shows Kerberos"), then what was tried or done about it ("switching the pool to
 * Both NTLM and Kerberos", "hers has TLS picked"). Both are read, and the rules would weigh one against the other and
 * conclude nothing; the first is the present state. Which settings are single-valued this way is data
 * (first-mention-wins in rules/reading.yaml, where settings that say one thing form a group: what the user types is
 * an address or a logon name); a setting named in an earlier field of the same incident holds over later fields too.
 */
final class FirstMentions {

    private static final String SLOT = "first-mention ";

    private FirstMentions() {
    }

    /**
     * Removes from found, from the index on (this field's facts, at the given token positions, in order), each value
     * of a first-mention setting that an earlier position or field gave another value; marks the kept ones in seen.
     * Most texts state no such setting, and are let through after one look at each fact.
     */
    static void keep(List<Extracted> found, int from, int[] positions, Map<String, String> settings,
            Set<String> seen) {
        if (settings.isEmpty()) {
            return;
        }
        for (int i = from; i < found.size(); i++) {
            if (setting(found.get(i), settings) != null) {
                keepFirst(found, from, positionList(positions, found.size() - from), settings, seen);
                return;
            }
        }
    }

    private static List<Integer> positionList(int[] positions, int count) {
        List<Integer> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(positions[i]);
        }
        return list;
    }

    /** Does what {@link #keep} says for facts of which one at least is a value of a first-mention setting. */
    private static void keepFirst(List<Extracted> found, int from, List<Integer> positions,
            Map<String, String> settings, Set<String> seen) {
        Map<String, Integer> first = null;
        for (int i = from; i < found.size(); i++) {
            String id = setting(found.get(i), settings);
            if (id != null && !seen.contains(SLOT + id)) {
                if (first == null) {
                    first = new HashMap<>();
                }
                Integer at = first.get(id);
                if (at == null || positions.get(i - from) < positions.get(at - from)) {
                    first.put(id, i);
                }
            }
        }
        /* With no setting new to the incident, every setting named here was named before, and its values go. */
        for (int i = found.size() - 1; i >= from; i--) {
            String id = setting(found.get(i), settings);
            if (id != null && (first == null || seen.contains(SLOT + id) || first.get(id) != i)) {
                found.remove(i);
                positions.remove(i - from);
            }
        }
        if (first != null) {
            first.keySet().forEach(id -> seen.add(SLOT + id));
        }
    }

    /** The group of first-mention settings a fact read from text belongs to, or null. */
    private static String setting(Extracted extracted, Map<String, String> settings) {
        if (extracted.patternId() != null && extracted.fact() instanceof NamedValue named) {
            return settings.get(named.getId());
        }
        return null;
    }
}
