package io.signindoctor.artifacts.dns;

import java.util.Locale;

/**
 * What an enumeration listed in full: the records of a name (and, for a whole zone or a dnscmd node, the names below
 * it), of one type or of all. A name it covers that it does not list does not exist; a name it does not cover is
 * simply not known, which is why a fragment or a single query covers nothing beyond its own answers.
 *
 * @param name the name listed, without the final dot
 * @param depth how many labels below the name are covered too: 0 the name alone, 1 its children, or
 *     {@link #ALL_BELOW} for a whole zone
 * @param type the record type listed, or null for all types
 * @param line the line of the command or record that shows the listing, which an absence cites
 */
public record Coverage(String name, int depth, String type, int line) {

    public static final int ALL_BELOW = Integer.MAX_VALUE;

    public Coverage {
        name = Names.normalise(name);
        type = type == null ? null : type.toUpperCase(Locale.ROOT);
    }

    public boolean covers(String queried, String queriedType) {
        if (type != null && !type.equals(queriedType.toUpperCase(Locale.ROOT))) {
            return false;
        }
        String lookedUp = Names.normalise(queried);
        if (lookedUp.equals(name)) {
            return true;
        }
        if (!lookedUp.endsWith("." + name)) {
            return false;
        }
        String below = lookedUp.substring(0, lookedUp.length() - name.length() - 1);
        return depth == ALL_BELOW || below.split("\\.").length <= depth;
    }
}
