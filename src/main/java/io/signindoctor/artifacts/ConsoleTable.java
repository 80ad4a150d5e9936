package io.signindoctor.artifacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A table as PowerShell's Format-Table prints it: a line of column names, a line of dashes under each name, then one
 * row a line, each value under its column. Columns are found from the dashes rather than from the names' spacing,
 * since a value may hold spaces ("11/26/2014 2:00:00 PM", a message); a value wider than its dashes (a number
 * right-aligned under a short name, a name that overflows its column by a character) is kept whole by never cutting
 * a word: a column's boundary that falls inside a word moves back to where the word starts.
 */
public final class ConsoleTable {

    private static final Pattern DASHES = Pattern.compile("^\\s*-+(\\s+-+)*\\s*$");
    private static final Pattern RUN = Pattern.compile("-+");

    private final List<String> names;
    private final List<Integer> starts;

    private ConsoleTable(List<String> names, List<Integer> starts) {
        this.names = List.copyOf(names);
        this.starts = List.copyOf(starts);
    }

    /** Whether a line is the dashes under a table's column names. */
    public static boolean isDashes(String line) {
        return line.contains("-") && DASHES.matcher(line).matches();
    }

    /**
     * The table whose names and dashes these lines are, or empty when they are not: each run of dashes must sit
     * under one name, starting and ending where it does.
     */
    public static Optional<ConsoleTable> of(String header, String dashes) {
        if (!isDashes(dashes)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher run = RUN.matcher(dashes);
        while (run.find()) {
            int end = Math.min(run.end(), header.length());
            if (run.start() >= header.length() || Character.isWhitespace(header.charAt(run.start()))
                    || run.start() > 0 && !Character.isWhitespace(header.charAt(run.start() - 1))) {
                return Optional.empty();
            }
            String name = header.substring(run.start(), end).trim();
            if (name.chars().anyMatch(Character::isWhitespace) || end < header.length()
                    && !Character.isWhitespace(header.charAt(end))) {
                return Optional.empty();
            }
            names.add(name.toLowerCase(Locale.ROOT));
            starts.add(run.start());
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(new ConsoleTable(names, starts));
    }

    /**
     * Whether a value was cut to its column's width: Windows PowerShell ends it with "...", PowerShell 7 with the
     * one character "…". What is left is only the start of the value.
     */
    public static boolean isCut(String value) {
        return value.endsWith("...") || value.endsWith("\u2026");
    }

    /** The start of a cut value that is left, without its ellipsis; the value itself when it was not cut. */
    public static String keptStart(String value) {
        return value.endsWith("...") ? value.substring(0, value.length() - 3)
                : value.endsWith("\u2026") ? value.substring(0, value.length() - 1) : value;
    }

    /** The column names, lower case, in order. */
    public List<String> names() {
        return names;
    }

    /** A row's values by column name (lower case); a column the row does not reach is absent. */
    public Map<String, String> row(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        int from = 0;
        for (int column = 0; column < names.size(); column++) {
            int to = column + 1 < names.size() ? boundary(line, starts.get(column + 1)) : line.length();
            to = Math.max(to, from);
            if (from < line.length()) {
                String value = line.substring(from, Math.min(to, line.length())).trim();
                if (!value.isEmpty()) {
                    values.put(names.get(column), value);
                }
            }
            from = to;
        }
        return values;
    }

    /** Where a column starts in this row: at its dashes, or earlier when a word runs across them. */
    private static int boundary(String line, int start) {
        if (start >= line.length()) {
            return line.length();
        }
        int at = start;
        while (at > 0 && !Character.isWhitespace(line.charAt(at)) && !Character.isWhitespace(line.charAt(at - 1))) {
            at--;
        }
        return at;
    }
}
