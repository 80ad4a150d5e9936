package io.signindoctor.batch;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts of a run: every record read ends up classified (under its cause), unclassified or rejected, and the
 * summary shows the three add up to what was read, so a lost row would show.
 */
final class Tally {

    static final String UNCLASSIFIED = "(unclassified)";
    static final String REJECTED = "(rejected)";

    /** One line of the summary: a cause (or unclassified, or rejected) and how many records it took. */
    record Line(String cause, long count) {
    }

    /** A count that goes up in place, so that counting a record allocates nothing. */
    private static final class Count {
        long value;
    }

    private final Map<String, Count> byCause = new HashMap<>();
    private final Map<String, Count> byAdvisory = new TreeMap<>();
    private long classified;
    private long unclassified;
    private long rejected;

    void count(Result result) {
        if (result instanceof Outcome outcome) {
            for (String advisory : outcome.advisories()) {
                byAdvisory.computeIfAbsent(advisory, key -> new Count()).value++;
            }
            if (outcome.isClassified()) {
                classified++;
                byCause.computeIfAbsent(outcome.verdict(), key -> new Count()).value++;
            } else {
                unclassified++;
            }
        } else {
            rejected++;
        }
    }

    /** Every record accounted for; the run checks it equals the number of records the readers gave. */
    long total() {
        return classified + unclassified + rejected;
    }

    long classified() {
        return classified;
    }

    long unclassified() {
        return unclassified;
    }

    long rejected() {
        return rejected;
    }

    /** The causes, most frequent first, then unclassified and rejected. */
    List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        byCause.forEach((cause, count) -> lines.add(new Line(cause, count.value)));
        lines.sort(Comparator.comparingLong(Line::count).reversed().thenComparing(Line::cause));
        lines.add(new Line(UNCLASSIFIED, unclassified));
        lines.add(new Line(REJECTED, rejected));
        return lines;
    }

    /**
     * How many incidents raised each advisory, by name. An advisory is a finding beside the cause, not a cause, so
     * these incidents are also counted in the lines above, under their cause or as unclassified.
     */
    Map<String, Long> advisories() {
        Map<String, Long> counts = new TreeMap<>();
        byAdvisory.forEach((advisory, count) -> counts.put(advisory, count.value));
        return Collections.unmodifiableMap(counts);
    }

    /** The share of all records read, in percent. */
    double share(long count) {
        return total() == 0 ? 0 : 100.0 * count / total();
    }
}
