package io.signindoctor.artifacts.dns;

import java.util.Locale;

/** DNS names as listings write them: relative to a zone or node, "@" for the node itself, absolute with a final dot. */
final class Names {

    private Names() {
    }

    /** Lower case, without the final dot: the form facts hold and lookups compare. */
    static String normalise(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** A name as listed, made absolute: "@" is the origin, a name with a final dot stands as it is. */
    static String absolute(String listed, String origin) {
        String name = listed.trim();
        if (name.equals("@")) {
            return normalise(origin);
        }
        if (name.endsWith(".")) {
            return normalise(name);
        }
        return normalise(name + "." + normalise(origin));
    }
}
