package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ConsoleTable;
import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Get-DnsServerResourceRecord output as a console shows it: the default table (HostName, RecordType, Type,
 * Timestamp, TimeToLive, RecordData, without Type on Windows Server 2012 R2; an SRV record's data reads
 * "[priority][weight][port][target]"), or Format-List blocks ("Name : value"), where RecordData is only the object's
 * type name unless the command expanded it (-ExpandProperty RecordData gives IPv4Address, DomainName, Port...).
 * Host names are relative to the command's -ZoneName. A command without -Name lists the zone in full for its
 * -RRType; with -Name, that name alone. Piped to "Select-Object -ExpandProperty RecordData", the records print as
 * their data alone (a table of DomainName, Port, Priority, Weight; or of IPv4Address), without a name: they are the
 * records of the command's -Name.
 */
final class PowerShellListing implements ListingLayout {

    private static final Pattern COMMAND = Pattern.compile("(?i)\\bGet-DnsServerResourceRecord\\b(.*)$");
    private static final Pattern TABLE_HEADER = Pattern.compile(
            "^\\s*HostName\\s+RecordType\\s+(?:Type\\s+)?Timestamp\\s+TimeToLive\\s+RecordData\\s*$");
    private static final Pattern DASHES = Pattern.compile("^\\s*-{3,}(\\s+-{3,})+\\s*$");
    private static final Pattern LIST_LINE = Pattern.compile("^([A-Za-z0-9]+)\\s*:\\s?(.*)$");
    private static final Pattern SRV_DATA = Pattern.compile("^\\[(\\d+)\\]\\[(\\d+)\\]\\[(\\d+)\\]\\[([^\\]]+)\\]$");
    private static final Pattern FAILED = Pattern.compile("(?i)Failed to get (?:the )?(\\S+) record in (\\S+) zone");

    /** The command in force: its zone, and the name and type it asked for. */
    private record Command(String zone, String name, String type, int line) {
    }

    @Override
    public Listed read(ExportedText text, String origin, Consumer<String> notes) {
        Listed listed = new Listed();
        Command command = new Command(origin, null, null, 0);
        boolean table = false;
        ConsoleTable dataOnly = null;
        Map<String, String> block = new LinkedHashMap<>();
        int blockLine = 0;
        for (int number = 1; number <= text.lines().size(); number++) {
            String line = text.line(number);
            Source source = Source.file(text.file(), number);
            Matcher call = COMMAND.matcher(line);
            Matcher failed = FAILED.matcher(line);
            Matcher field = LIST_LINE.matcher(line);
            if (call.find()) {
                blockLine = flush(block, blockLine, command, text.file(), listed, notes);
                command = command(call.group(1), origin, source, listed);
                table = false;
                dataOnly = null;
            } else if (failed.find()) {
                String type = command.type() == null ? Schema.Dns.Type.A : command.type();
                listed.add(new DnsRecord(Names.absolute(failed.group(1), failed.group(2)), type,
                        Schema.Dns.Result.NXDOMAIN, null,
                        null, null, source));
            } else if (TABLE_HEADER.matcher(line).matches()) {
                table = true;
            } else if (number < text.lines().size() && recordData(line, text.line(number + 1)) != null) {
                dataOnly = recordData(line, text.line(number + 1));
                number++;
            } else if (dataOnly != null && !line.isBlank()) {
                dataRow(dataOnly.row(line), source, command, listed, notes);
            } else if (DASHES.matcher(line).matches()) {
                continue;
            } else if (line.isBlank()) {
                dataOnly = null;
                blockLine = flush(block, blockLine, command, text.file(), listed, notes);
            } else if (table) {
                row(line, source, command, listed, notes);
            } else if (field.matches()) {
                blockLine = blockLine == 0 ? number : blockLine;
                block.put(field.group(1).toLowerCase(Locale.ROOT), field.group(2).trim());
            }
        }
        flush(block, blockLine, command, text.file(), listed, notes);
        return listed;
    }

    private static Command command(String arguments, String origin, Source source, Listed listed) {
        String zone = parameter(arguments, "ZoneName");
        String name = parameter(arguments, "Name");
        String type = parameter(arguments, "RRType");
        Command command = new Command(zone != null ? zone : origin, name, type == null ? null
                : type.toUpperCase(Locale.ROOT), source.line());
        if (zone != null) {
            listed.zones.add(Names.normalise(zone));
            listed.coverage.add(name == null ? new Coverage(zone, Coverage.ALL_BELOW, command.type(), source.line())
                    : new Coverage(Names.absolute(name, zone), 0, command.type(), source.line()));
        }
        return command;
    }

    private static String parameter(String arguments, String name) {
        Matcher value = Pattern.compile("(?i)-" + name + "\\s+(?:\"([^\"]*)\"|'([^']*)'|(\\S+))").matcher(arguments);
        if (!value.find()) {
            return null;
        }
        return value.group(1) != null ? value.group(1) : value.group(2) != null ? value.group(2) : value.group(3);
    }

    /** A table row: the host name first, the record type second and the record data last. */
    private static void row(String line, Source source, Command command, Listed listed, Consumer<String> notes) {
        String[] words = line.trim().split("\\s+");
        if (words.length < 3 || command.zone() == null) {
            notes.accept(source + ": " + (command.zone() == null ? "a record and no -ZoneName or --domain to place "
                    + "it in" : "not a row of Get-DnsServerResourceRecord's table") + "; not used");
            return;
        }
        String data = words[words.length - 1];
        Matcher srv = SRV_DATA.matcher(data);
        if (srv.matches()) {
            data = srv.group(1) + " " + srv.group(2) + " " + srv.group(3) + " " + srv.group(4);
        }
        listed.add(Rdata.record(Names.absolute(words[0], command.zone()), words[1], data, source, notes));
    }

    /** The table of records' data alone these lines head, or null: its columns are a RecordData's properties. */
    private static ConsoleTable recordData(String header, String dashes) {
        return ConsoleTable.of(header, dashes).filter(table -> dataType(Set.copyOf(table.names())) != null)
                .orElse(null);
    }

    /** The record type whose data these properties are (an SRV's DomainName and Port, an A's IPv4Address...). */
    private static String dataType(Set<String> properties) {
        return properties.contains("domainname") && properties.contains("port") ? Schema.Dns.Type.SRV
                : properties.contains("ipv4address") ? Schema.Dns.Type.A
                : properties.contains("ipv6address") ? Schema.Dns.Type.AAAA
                : properties.contains("hostnamealias") ? Schema.Dns.Type.CNAME : null;
    }

    /** A row of data alone: a record of the name the command asked for. */
    private static void dataRow(Map<String, String> cells, Source source, Command command, Listed listed,
            Consumer<String> notes) {
        if (command.name() == null || command.zone() == null) {
            notes.accept(source + ": record data without a name, and no -Name and -ZoneName in the command to say "
                    + "whose it is; not used");
            return;
        }
        String type = dataType(cells.keySet());
        if (type == null) {
            return;
        }
        listed.add(Rdata.record(Names.absolute(command.name(), command.zone()), type, data(type, cells), source,
                notes));
    }

    /** A record's data from its RecordData properties (lower-case names), in master-file order; null if missing. */
    private static String data(String type, Map<String, String> properties) {
        return switch (type) {
            case Schema.Dns.Type.A -> properties.get("ipv4address");
            case Schema.Dns.Type.AAAA -> properties.get("ipv6address");
            case Schema.Dns.Type.CNAME -> properties.get("hostnamealias");
            case Schema.Dns.Type.SRV -> properties.containsKey("domainname") && properties.containsKey("port")
                    ? properties.getOrDefault("priority", "0") + " " + properties.getOrDefault("weight", "0") + " "
                            + properties.get("port") + " " + properties.get("domainname") : null;
            default -> null;
        };
    }

    /** A Format-List block, when it is a record; returns 0, the line the next block starts on being unknown yet. */
    private static int flush(Map<String, String> block, int line, Command command, String file, Listed listed,
            Consumer<String> notes) {
        if (!block.containsKey("hostname") && command.name() != null && dataType(block.keySet()) != null) {
            dataRow(block, Source.file(file, line), command, listed, notes);
        } else if (block.containsKey("hostname") && block.containsKey("recordtype") && command.zone() != null) {
            Source source = Source.file(file, line);
            String name = Names.absolute(block.get("hostname"), command.zone());
            String type = block.get("recordtype").toUpperCase(Locale.ROOT);
            String data = data(type, block);
            if (data != null && !data.isEmpty()) {
                listed.add(Rdata.record(name, type, data, source, notes));
            } else if (type.equals(Schema.Dns.Type.A) || type.equals(Schema.Dns.Type.AAAA)) {
                listed.add(new DnsRecord(name, type, Schema.Dns.Result.FOUND, null, null, null, source));
            } else if (Rdata.DISCOVERY_TYPES.contains(type)) {
                listed.withoutData.add(name);
                notes.accept(source + ": " + type + " " + name + " is listed without its data (RecordData shows only "
                        + "its type); add \"-ExpandProperty RecordData\" to the command to see it; not used");
            }
        }
        block.clear();
        return 0;
    }
}
