package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ConsoleTable;
import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Resolve-DnsName output as a PowerShell console shows it: the answers as a table (Name, Type, TTL, Section, then
 * the type's data: IPAddress, NameHost, or NameTarget, Priority, Weight and Port), the additional records as
 * "Name : value" lists (IP4Address, IP6Address...), and a failed lookup as an error record. The error's words are in
 * the display language ("DNS name does not exist", "Le nom DNS n'existe pas"); its FullyQualifiedErrorId is not
 * (DNS_ERROR_RCODE_NAME_ERROR), so the result is read from that identifier, and from the English words only when
 * the identifier was not pasted. A lookup answered only by an SOA in the Authority section has no data.
 */
final class ResolveDnsNameListing implements ListingLayout {

    private static final Pattern COMMAND = Pattern.compile("(?i)(?:^|[>\\s])Resolve-DnsName\\s+([^:\\s].*)$");
    private static final Pattern ERROR = Pattern.compile("(?i)^\\s*Resolve-DnsName\\s*:\\s*(\\S+)\\s*:\\s*(.*)$");
    private static final Pattern ERROR_ID = Pattern.compile("(?i)FullyQualifiedErrorId\\s*:\\s*([A-Z0-9_]+)");
    private static final Pattern LIST_LINE = Pattern.compile("^([A-Za-z0-9]+)\\s*:\\s?(.*)$");
    private static final Map<String, String> ERROR_RESULTS = Map.of(
            "DNS_ERROR_RCODE_NAME_ERROR", Schema.Dns.Result.NXDOMAIN,
            "DNS_INFO_NO_RECORDS", Schema.Dns.Result.NO_DATA,
            "DNS_ERROR_RCODE_SERVER_FAILURE", Schema.Dns.Result.SERVFAIL,
            "ERROR_TIMEOUT", Schema.Dns.Result.TIMEOUT,
            "WIN32_ERROR_TIMEOUT", Schema.Dns.Result.TIMEOUT);

    /** The lookup being read: the command's name and type, and what has answered it. */
    private static final class Query {
        String name;
        String type = Schema.Dns.Type.A;
        int line;
        boolean answered;
        boolean authority;
    }

    /** A failed lookup whose error record is being read, until its identifier or a blank line. */
    private record Failure(String name, String reason, int line) {
    }

    @Override
    public Listed read(ExportedText text, String origin, Consumer<String> notes) {
        Listed listed = new Listed();
        Query query = new Query();
        Failure failure = null;
        ConsoleTable table = null;
        Map<String, String> block = new LinkedHashMap<>();
        int blockLine = 0;
        for (int number = 1; number <= text.lines().size(); number++) {
            String line = text.line(number);
            Source source = Source.file(text.file(), number);
            Matcher error = ERROR.matcher(line);
            Matcher command = COMMAND.matcher(line);
            boolean commandLine = command.find();
            Matcher errorId = ERROR_ID.matcher(line);
            Matcher field = LIST_LINE.matcher(line);
            if (error.matches()) {
                failure = new Failure(error.group(1), error.group(2), number);
            } else if (errorId.find() && failure != null) {
                fail(failure, errorId.group(1), query, text.file(), listed, notes);
                failure = null;
            } else if (commandLine && line.trim().startsWith("+")) {
                if (failure != null && !sameName(query.name, failure.name())) {
                    query = command(command.group(1), failure.line());
                }
            } else if (commandLine) {
                settle(failure, query, text.file(), listed, notes);
                failure = null;
                finish(query, listed, text.file());
                query = command(command.group(1), number);
                table = null;
            } else if (number < text.lines().size() && ConsoleTable.isDashes(text.line(number + 1))) {
                table = ConsoleTable.of(line, text.line(number + 1)).filter(t -> t.names().contains("type"))
                        .orElse(null);
                number++;
            } else if (line.isBlank()) {
                settle(failure, query, text.file(), listed, notes);
                failure = null;
                blockLine = flush(block, blockLine, text.file(), query, listed, notes);
                table = null;
            } else if (table != null) {
                row(table.row(line), source, query, listed, notes);
            } else if (failure == null && field.matches()) {
                blockLine = blockLine == 0 ? number : blockLine;
                block.put(field.group(1).toLowerCase(Locale.ROOT), field.group(2).trim());
            }
        }
        settle(failure, query, text.file(), listed, notes);
        flush(block, blockLine, text.file(), query, listed, notes);
        finish(query, listed, text.file());
        return listed;
    }

    /**
     * A command: its -Name (or first word) and -Type (or second word), up to a pipe (what follows it formats the
     * output); the type is A unless it says otherwise.
     */
    private static Query command(String arguments, int number) {
        Query query = new Query();
        query.line = number;
        String[] words = arguments.trim().split("\\s+");
        String pending = null;
        int positional = 0;
        for (String word : words) {
            if (word.equals("|")) {
                break;
            }
            if (word.startsWith("-")) {
                pending = word.substring(1).toLowerCase(Locale.ROOT);
                continue;
            }
            String value = word.replace("\"", "").replace("'", "");
            String as = pending != null ? pending : positional++ == 0 ? "name" : positional == 2 ? "type" : "";
            if (as.equals("name")) {
                query.name = value;
            } else if (as.equals("type")) {
                query.type = value.toUpperCase(Locale.ROOT).equals("A_AAAA") ? Schema.Dns.Type.A
                        : value.toUpperCase(Locale.ROOT);
            }
            pending = null;
        }
        return query;
    }

    /** A table row: the record it shows, or the SOA that says the queried name has no data of the type. */
    private static void row(Map<String, String> cells, Source source, Query query, Listed listed,
            Consumer<String> notes) {
        String name = uncut(cells.get("name"), query, source, notes);
        String type = cells.getOrDefault("type", "").toUpperCase(Locale.ROOT);
        if (name == null) {
            return;
        }
        if (cells.entrySet().stream().anyMatch(cell -> !cell.getKey().equals("name")
                && ConsoleTable.isCut(cell.getValue()))) {
            notes.accept(source + ": a value of " + name + " was cut by the console; not used (widen the window or "
                    + "pipe to Format-List)");
            return;
        }
        if (type.equals("SOA") && "authority".equalsIgnoreCase(cells.get("section"))) {
            query.authority = true;
            return;
        }
        String data = switch (type) {
            case Schema.Dns.Type.A, Schema.Dns.Type.AAAA -> cells.get("ipaddress");
            case Schema.Dns.Type.CNAME -> cells.get("namehost");
            case Schema.Dns.Type.SRV -> cells.containsKey("nametarget") && cells.containsKey("port")
                    ? cells.getOrDefault("priority", "0") + " " + cells.getOrDefault("weight", "0") + " "
                            + cells.get("port") + " " + cells.get("nametarget") : null;
            default -> null;
        };
        if (data != null) {
            found(query, listed, Rdata.record(name, type, data, source, notes));
        }
    }

    /**
     * A row's name, or the command's name when the console cut the row's to the column's width and what is left
     * starts it (the answer to the query is listed under the name asked for); null, with a note, when a cut name
     * cannot be told.
     */
    private static String uncut(String name, Query query, Source source, Consumer<String> notes) {
        if (name == null || !ConsoleTable.isCut(name)) {
            return name;
        }
        String start = ConsoleTable.keptStart(name).toLowerCase(Locale.ROOT);
        if (query.name != null && Names.normalise(query.name).startsWith(start)) {
            return query.name;
        }
        notes.accept(source + ": the name \"" + name + "\" was cut by the console and is not the name asked for; "
                + "not used (widen the window or pipe to Format-List)");
        return null;
    }

    /** A "Name : value" block (the additional records): an address, an alias or a service location. */
    private static int flush(Map<String, String> block, int line, String file, Query query, Listed listed,
            Consumer<String> notes) {
        String name = block.get("name");
        String type = block.getOrDefault("querytype", block.getOrDefault("type", "")).toUpperCase(Locale.ROOT);
        if (name != null && !type.isEmpty()) {
            Source source = Source.file(file, line);
            String data = switch (type) {
                case Schema.Dns.Type.A -> block.getOrDefault("ip4address", block.get("ipaddress"));
                case Schema.Dns.Type.AAAA -> block.getOrDefault("ip6address", block.get("ipaddress"));
                case Schema.Dns.Type.CNAME -> block.get("namehost");
                case Schema.Dns.Type.SRV -> block.containsKey("nametarget") && block.containsKey("port")
                        ? block.getOrDefault("priority", "0") + " " + block.getOrDefault("weight", "0") + " "
                                + block.get("port") + " " + block.get("nametarget") : null;
                default -> null;
            };
            if (type.equals("SOA") && "authority".equalsIgnoreCase(block.get("section"))) {
                query.authority = true;
            } else if (data != null) {
                found(query, listed, Rdata.record(name, type, data, source, notes));
            }
        }
        block.clear();
        return 0;
    }

    private static boolean sameName(String one, String other) {
        return one != null && other != null && Names.normalise(one).equals(Names.normalise(other));
    }

    private static void found(Query query, Listed listed, DnsRecord record) {
        if (record != null) {
            listed.add(record);
            query.answered |= query.name != null && Names.normalise(query.name).equals(record.getName());
        }
    }

    /** An error record whose identifier was not pasted: its words, when they are the English ones. */
    private static void settle(Failure failure, Query query, String file, Listed listed, Consumer<String> notes) {
        if (failure == null) {
            return;
        }
        String reason = failure.reason().toLowerCase(Locale.ROOT);
        String id = reason.contains("does not exist") ? "DNS_ERROR_RCODE_NAME_ERROR"
                : reason.contains("no records") ? "DNS_INFO_NO_RECORDS"
                : reason.contains("timeout") ? "ERROR_TIMEOUT"
                : reason.contains("server failure") ? "DNS_ERROR_RCODE_SERVER_FAILURE" : "";
        fail(failure, id, query, file, listed, notes);
    }

    private static void fail(Failure failure, String id, Query query, String file, Listed listed,
            Consumer<String> notes) {
        Optional<String> result = Optional.ofNullable(ERROR_RESULTS.get(id.toUpperCase(Locale.ROOT)));
        String type = query.name != null && Names.normalise(query.name).equals(Names.normalise(failure.name()))
                ? query.type : Schema.Dns.Type.A;
        Source source = Source.file(file, failure.line());
        if (result.isEmpty() || !Rdata.isName(failure.name()) || !Rdata.DISCOVERY_TYPES.contains(type)) {
            notes.accept(source + ": Resolve-DnsName's error \"" + failure.reason() + "\"" + (id.isEmpty() ? ""
                    : " (" + id + ")") + " for " + failure.name() + " is not a lookup result discovery uses; not used");
            return;
        }
        listed.add(new DnsRecord(failure.name(), type, result.get(), null, null, null, source));
        query.answered |= query.name != null && Names.normalise(query.name).equals(Names.normalise(failure.name()));
    }

    /** A lookup that printed only the zone's SOA in its Authority section: the name has no data of the type. */
    private static void finish(Query query, Listed listed, String file) {
        if (query.name != null && !query.answered && query.authority && Rdata.DISCOVERY_TYPES.contains(query.type)
                && Rdata.isName(query.name)) {
            listed.add(new DnsRecord(query.name, query.type, Schema.Dns.Result.NO_DATA, null, null, null,
                    Source.file(file, query.line)));
        }
    }
}
