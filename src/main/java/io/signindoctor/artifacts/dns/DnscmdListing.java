package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.model.Source;
import java.util.Locale;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * "dnscmd [server] /enumrecords ZONE NODE [/type TYPE]" output: after "Returned records:", one record a line, its
 * name relative to the node ("@" is the node itself, a final dot makes it absolute), "[Aging:n]" on dynamic
 * records, and the name left blank on the further records of the same name. The command lists the node and the
 * names one label below it, so those are covered: a discovery name there that is not listed does not exist, unless
 * the listing holds lines that are not records.
 */
final class DnscmdListing implements ListingLayout {

    private static final Pattern COMMAND = Pattern.compile("(?i)\\bdnscmd(?:\\.exe)?\\s+(.*?/enumrecords\\s+.*)$");
    private static final Pattern RECORD = Pattern.compile(
            "^(\\S+)?\\s+(?:\\[Aging:\\d+\\]\\s+)?(\\d+)\\s+([A-Z0-9]+)\\s+(.+?)\\s*$");
    private static final Pattern NAME_MISSING = Pattern.compile(
            "(?i)DNS_ERROR_NAME_DOES_NOT_EXIST|DNS_ERROR_ZONE_DOES_NOT_EXIST");

    @Override
    public Listed read(ExportedText text, String origin, Consumer<String> notes) {
        Listed listed = new Listed();
        String node = null;
        String owner = null;
        boolean inRecords = false;
        for (int number = 1; number <= text.lines().size(); number++) {
            String line = text.line(number);
            Source source = Source.file(text.file(), number);
            Matcher command = COMMAND.matcher(line);
            if (command.find()) {
                node = node(command.group(1), source, listed, notes);
                inRecords = false;
                owner = null;
            } else if (line.trim().equalsIgnoreCase("Returned records:")) {
                inRecords = true;
            } else if (NAME_MISSING.matcher(line).find() || line.trim().startsWith("Command completed")) {
                inRecords = false;
            } else if (inRecords && !line.isBlank()) {
                Matcher record = RECORD.matcher(line);
                if (!record.matches() || record.group(1) == null && owner == null) {
                    notes.accept(source + ": not a record line of dnscmd /enumrecords; not used");
                    unsure(node, listed, source, notes);
                    continue;
                }
                owner = record.group(1) != null ? record.group(1) : owner;
                String base = node != null ? node : origin;
                if (base == null) {
                    notes.accept(source + ": " + owner + " is relative and the listing names no zone (no dnscmd "
                            + "command line, no --domain); not used");
                    continue;
                }
                listed.add(Rdata.record(Names.absolute(owner, base), record.group(3), record.group(4), source, notes));
            }
        }
        return listed;
    }

    /**
     * A node whose listing holds lines that are not records (another layout, such as the fields /detail prints) is
     * not known in full: what it seems not to list may be in the lines not read, so it states no absence.
     */
    private static void unsure(String node, Listed listed, Source source, Consumer<String> notes) {
        if (node != null && listed.coverage.removeIf(coverage -> coverage.name().equals(node))) {
            notes.accept(source + ": the listing of " + node + " is not read in full, so the names it does not show "
                    + "are not taken as missing");
        }
    }

    /** The node a command lists, absolute, and what it covers; null (with a note) when the command is not readable. */
    private static String node(String arguments, Source source, Listed listed, Consumer<String> notes) {
        String[] words = arguments.trim().split("\\s+");
        String type = null;
        String zone = null;
        String node = null;
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toLowerCase(Locale.ROOT);
            if (word.equals("/enumrecords") && i + 2 < words.length) {
                zone = words[i + 1];
                node = words[i + 2];
            } else if (word.equals("/type") && i + 1 < words.length) {
                type = words[i + 1];
            }
        }
        if (zone == null) {
            notes.accept(source + ": a dnscmd /enumrecords command without its zone and node; its records are read "
                    + "relative to --domain");
            return null;
        }
        listed.zones.add(Names.normalise(zone));
        String absolute = Names.absolute(node, zone);
        listed.coverage.add(new Coverage(absolute, 1, type, source.line()));
        return absolute;
    }
}
