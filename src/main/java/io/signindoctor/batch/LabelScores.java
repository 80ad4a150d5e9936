package io.signindoctor.batch;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How the classification compares with causes an export already carries (--labels): the share of incidents labelled
 * with a cause whose top cause is that one, apart from the share of incidents labelled none that show no cause (one
 * headline over both would call a run that finds nothing right wherever none is common), then precision and recall
 * per cause and the confusion matrix, so a support lead can see which causes the knowledge base gets wrong, and as
 * what. A label of none or unclassified means no cause was expected. A label may also name an advisory: it is right
 * when the incident raised that advisory and showed no cause (see {@link Outcome#labelVerdict}).
 */
final class LabelScores {

    private final Map<String, Map<String, Long>> matrix = new TreeMap<>();
    private long unlabelled;

    void count(Outcome outcome) {
        if (outcome.label() == null) {
            unlabelled++;
            return;
        }
        String label = outcome.label().strip().toLowerCase(Locale.ROOT);
        if (label.equals("none") || label.equals("unclassified") || label.equals(Tally.UNCLASSIFIED)) {
            label = Tally.UNCLASSIFIED;
        }
        matrix.computeIfAbsent(label, key -> new TreeMap<>()).merge(outcome.labelVerdict(label), 1L, Long::sum);
    }

    private long labelled(String label) {
        return matrix.getOrDefault(label, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    private long predicted(String cause) {
        return matrix.values().stream().mapToLong(row -> row.getOrDefault(cause, 0L)).sum();
    }

    private long right(String cause) {
        return matrix.getOrDefault(cause, Map.of()).getOrDefault(cause, 0L);
    }

    void print(PrintWriter err, String column) {
        TreeSet<String> all = new TreeSet<>(matrix.keySet());
        matrix.values().forEach(row -> all.addAll(row.keySet()));
        List<String> classes = new ArrayList<>(all);
        long labelled = classes.stream().mapToLong(this::labelled).sum();
        long none = labelled(Tally.UNCLASSIFIED);
        long quiet = right(Tally.UNCLASSIFIED);
        long withCause = labelled - none;
        long rightCause = classes.stream().filter(cause -> !cause.equals(Tally.UNCLASSIFIED)).mapToLong(this::right)
                .sum();
        long missed = classes.stream().filter(cause -> !cause.equals(Tally.UNCLASSIFIED))
                .mapToLong(cause -> matrix.getOrDefault(cause, Map.of()).getOrDefault(Tally.UNCLASSIFIED, 0L)).sum();
        err.printf(Locale.ROOT, "%nLabels (column %s): %d labelled incidents, %d without a label (rejected rows "
                + "have none)%n", column, labelled, unlabelled);
        err.printf(Locale.ROOT, "  labelled with a cause: %d, right top cause %d (%s), another cause %d, "
                + "unclassified %d%n", withCause, rightCause, percent(rightCause, withCause),
                withCause - rightCause - missed, missed);
        err.printf(Locale.ROOT, "  labelled none: %d, no cause shown %d (%s), false alarms %d (%s)%n", none, quiet,
                percent(quiet, none), none - quiet, percent(none - quiet, none));
        err.printf(Locale.ROOT, "  %-38s %9s %9s %9s %9s %7s%n", "cause", "labelled", "predicted", "right",
                "precision", "recall");
        for (String cause : classes) {
            long predicted = predicted(cause);
            long expected = labelled(cause);
            err.printf(Locale.ROOT, "  %-38s %9d %9d %9d %9s %7s%n", cause, expected, predicted, right(cause),
                    ratio(right(cause), predicted), ratio(right(cause), expected));
        }
        err.println();
        err.println("Confusion matrix (rows: label, columns: predicted, numbered as the rows):");
        // Wide enough for the largest count with two spaces before it, so columns never run together.
        long largest = matrix.values().stream().flatMap(row -> row.values().stream()).mapToLong(Long::longValue)
                .max().orElse(0);
        String cell = "%" + Math.max(6, Long.toString(largest).length() + 2) + "d";
        StringBuilder heading = new StringBuilder(String.format(Locale.ROOT, "  %-42s", ""));
        for (int i = 0; i < classes.size(); i++) {
            heading.append(String.format(Locale.ROOT, cell, i + 1));
        }
        err.println(heading);
        for (int i = 0; i < classes.size(); i++) {
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %2d %-39s", i + 1, classes.get(i)));
            Map<String, Long> counts = matrix.getOrDefault(classes.get(i), Map.of());
            for (String predicted : classes) {
                row.append(String.format(Locale.ROOT, cell, counts.getOrDefault(predicted, 0L)));
            }
            err.println(row);
        }
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    private static String ratio(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) part / whole);
    }
}
