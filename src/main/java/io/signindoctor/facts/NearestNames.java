package io.signindoctor.facts;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name closest to a misspelt one, for "did you mean `configuration`?": the commonest mistakes in a fact name
 * or value are a letter dropped, added, doubled or swapped, which an edit distance of one or two finds.
 */
public final class NearestNames {

    private NearestNames() {
    }

    /** The closest known name within a distance that still reads as a typo of it, if any. */
    public static Optional<String> nearest(String typed, Collection<String> known) {
        String lower = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, lower.length() / 4));
        return known.stream()
                .filter(name -> Math.abs(name.length() - lower.length()) <= allowed)
                .min(Comparator.comparingInt(name -> distance(lower, name.toLowerCase(Locale.ROOT))))
                .filter(name -> distance(lower, name.toLowerCase(Locale.ROOT)) <= allowed);
    }

    /** "; did you mean `x`?" when a known name is near, or nothing. */
    public static String suggestion(String typed, Collection<String> known) {
        return nearest(typed, known).map(name -> "; did you mean `" + name + "`?").orElse("");
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        if (a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
