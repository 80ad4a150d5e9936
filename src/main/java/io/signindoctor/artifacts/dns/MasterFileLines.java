package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import org.xbill.DNS.Type;

/**
 * The master-file lines of a pasted listing, as dnscmd /zoneprint prints them or an engineer copies them from a
 * console: the prompt and command above the records and the tool's closing words ("Command completed successfully")
 * are no part of the zone, so they are blanked (keeping every record on its own line number) and said, rather than
 * refused as a broken zone. A line is kept when it is blank, a comment, a directive, a record (an optional owner,
 * TTL, class and aging stamp, then a known record type and its data) or the rest of a record its parenthesis left
 * open.
 */
final class MasterFileLines {

    private static final Pattern RECORD = Pattern.compile(
            "^(?:\\S+)?(?:\\s+\\[(?:AGE|Aging):\\d+\\])?(?:\\s+\\d+[smhdwSMHDW]?)?(?:\\s+(?:IN|CH|HS))?"
                    + "(?:\\s+\\d+[smhdwSMHDW]?)?\\s+([A-Za-z][A-Za-z0-9]*)(?:\\s+\\S.*)?$");
    private static final Pattern ZONE_HEADER = Pattern.compile(
            "(?i)^;\\s*(?:Zone:\\s+(\\S+?)\\.?\\s*$|Database file \\S+ for (\\S+?)\\.? zone)");

    private MasterFileLines() {
    }

    /** The text with every line that is no part of a master file blanked; one note names the lines blanked. */
    static String of(ExportedText text, Consumer<String> notes) {
        List<String> lines = new ArrayList<>(text.lines().size());
        List<Integer> blanked = new ArrayList<>();
        int open = 0;
        for (int number = 1; number <= text.lines().size(); number++) {
            String line = text.line(number);
            String code = line.replaceFirst(";.*$", "");
            if (open > 0 || keeps(line, code)) {
                open = Math.max(0, open + count(code, '(') - count(code, ')'));
                lines.add(line);
            } else {
                lines.add("");
                blanked.add(number);
            }
        }
        if (!blanked.isEmpty()) {
            notes.accept(text.file() + ": line" + (blanked.size() == 1 ? " " : "s ") + summary(blanked)
                    + " not master-file records (a prompt, a command, a tool's own words); not read as records");
        }
        return String.join("\n", lines);
    }

    /** The zone a listing's comment header names (dnscmd /zoneprint's "Zone:", an exported file's first line). */
    static String zoneHeader(ExportedText text) {
        for (String line : text.lines()) {
            Matcher header = ZONE_HEADER.matcher(line.trim());
            if (header.find()) {
                return header.group(1) != null ? header.group(1) : header.group(2);
            }
        }
        return null;
    }

    private static boolean keeps(String line, String code) {
        String trimmed = code.trim();
        if (trimmed.isEmpty() || trimmed.startsWith("$")) {
            return true;
        }
        Matcher record = RECORD.matcher(code.replaceFirst("\\s+$", ""));
        return record.matches() && Type.value(record.group(1).toUpperCase(java.util.Locale.ROOT)) >= 0;
    }

    private static int count(String text, char c) {
        return (int) text.chars().filter(each -> each == c).count();
    }

    private static String summary(List<Integer> numbers) {
        List<String> shown = numbers.stream().limit(8).map(String::valueOf).toList();
        return String.join(", ", shown) + (numbers.size() > shown.size() ? " and " + (numbers.size() - shown.size())
                + " more" : "") + (numbers.size() == 1 ? " is" : " are");
    }
}
