package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.util.Locale;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * nslookup output, Windows and BIND alike, run once per name ("nslookup -type=SRV name") or interactively
 * ("set type=srv", then one name per "&gt;" prompt). The query's type comes from the command or the last "set
 * type"; each answer is read in the form nslookup prints for its type ("SRV service location:" blocks,
 * "internet address =", "Name:"/"Address:" blocks, "service =", "canonical name ="), and each failure from its
 * "can't find NAME: REASON" line. The "Server:"/"Address:" lines that name the resolver are not answers.
 */
final class NslookupListing implements ListingLayout {

    private static final Pattern COMMAND = Pattern.compile("(?i)(?:^|[>\\s])nslookup(?:\\.exe)?((?:\\s+\\S+)*)\\s*$");
    private static final Pattern PROMPT = Pattern.compile("^>\\s*(\\S.*)?$");
    private static final Pattern SET_TYPE = Pattern.compile("(?i)^(?:set\\s+)?-?(?:type|q|querytype)\\s*=\\s*(\\S+)$");
    private static final Pattern SERVER = Pattern.compile("(?i)^\\s*(?:Default\\s+)?Server:\\s*(\\S+)");
    /**
     * A failed lookup: "*** UnKnown can't find NAME: Non-existent domain" in English, with the words and their order
     * translated in other display languages ("*** NAME wurde von UnKnown nicht gefunden: ...") and BIND's "** server
     * can't find NAME: NXDOMAIN". The reason after the last colon names the result; the name is found among the
     * words by what it is, not where it stands.
     */
    private static final Pattern FAILED = Pattern.compile("^\\s*\\*{2,3}\\s+(.*):\\s*([^:]+?)\\s*$");
    /** Windows' own words for a name that exists with neither an A nor an AAAA record. */
    private static final Pattern NO_ADDRESS = Pattern.compile(
            "(?i)^\\s*\\*{2,3}\\s+No internal type for both IPv4 and IPv6 Addresses.*available for\\s+(\\S+?)\\.?\\s*$");
    private static final Pattern TIMED_OUT = Pattern.compile(
            "(?i)^\\s*(DNS request timed out|\\*{2,3}\\s+Request to \\S+ timed[- ]out)");
    private static final Pattern SRV_HEAD = Pattern.compile("(?i)^(\\S+)\\s+SRV service location:");
    private static final Pattern SRV_FIELD = Pattern.compile(
            "(?i)^\\s+(priority|weight|port|svr hostname)\\s*=\\s*(\\S+)");
    private static final Pattern SERVICE = Pattern.compile(
            "(?i)^(\\S+)\\s+service\\s*=\\s*(\\d+\\s+\\d+\\s+\\d+\\s+\\S+)\\s*$");
    private static final Pattern INTERNET_ADDRESS = Pattern.compile(
            "(?i)^(\\S+)\\s+(?:internet|AAAA IPv6) address\\s*=\\s*(\\S+)");
    private static final Pattern CANONICAL = Pattern.compile("(?i)^(\\S+)\\s+canonical name\\s*=\\s*(\\S+)");
    private static final Pattern NAME = Pattern.compile("(?i)^Name:\\s*(\\S+)\\s*$");
    private static final Pattern ADDRESS = Pattern.compile("(?i)^Address(?:es)?:\\s*(\\S+)\\s*$");
    private static final Pattern MORE_ADDRESSES = Pattern.compile("^\\s+([0-9A-Fa-f:.]+)\\s*$");
    private static final Pattern ALIASES = Pattern.compile("(?i)^Aliases:\\s*(\\S+)\\s*$");
    private static final Pattern SOA = Pattern.compile("(?i)^\\s+primary name server\\s*=");

    /** The state of the query being read. */
    private static final class Query {
        String name;
        String type = Schema.Dns.Type.A;
        int line;
        boolean answered;
        boolean noData;
        boolean timedOut;
        boolean resolverHeader;
        String srvName;
        int srvLine;
        String priority;
        String weight;
        String port;
        String answerName;
        int answerLine;
        boolean inAddresses;
        boolean inAliases;
        /** The resolver the output names ("Server:"), whose name a failure line also holds. */
        String resolver = "unknown";
    }

    @Override
    public Listed read(ExportedText text, String origin, Consumer<String> notes) {
        Listed listed = new Listed();
        Query query = new Query();
        String file = text.file();
        for (int number = 1; number <= text.lines().size(); number++) {
            String line = text.line(number);
            Source source = Source.file(file, number);
            Matcher command = COMMAND.matcher(line);
            Matcher prompt = PROMPT.matcher(line);
            if (command.find()) {
                finish(query, listed, file);
                query = command(command.group(1), number);
            } else if (prompt.matches()) {
                query = prompt(prompt.group(1), query, listed, file, number);
            } else if (SERVER.matcher(line).find()) {
                Matcher server = SERVER.matcher(line);
                query.resolver = server.find() ? Names.normalise(server.group(1)) : query.resolver;
                query.resolverHeader = true;
            } else if (query.resolverHeader && ADDRESS.matcher(line).matches()) {
                query.resolverHeader = false;
            } else {
                query.resolverHeader = false;
                answer(line, source, query, listed, notes);
            }
        }
        finish(query, listed, file);
        return listed;
    }

    /** A shell line running nslookup: its options set the type, its first other word is the name. */
    private static Query command(String arguments, int number) {
        Query query = new Query();
        query.line = number;
        for (String word : arguments.trim().split("\\s+")) {
            Matcher setType = SET_TYPE.matcher(word);
            if (setType.matches()) {
                query.type = setType.group(1).toUpperCase(Locale.ROOT);
            } else if (!word.isEmpty() && !word.startsWith("-") && query.name == null) {
                query.name = word;
            }
        }
        return query;
    }

    /** An interactive command: "set type=...", another set option, exit, or a name to look up. */
    private static Query prompt(String typed, Query query, Listed listed, String file, int number) {
        String command = typed == null ? "" : typed.trim();
        Matcher setType = SET_TYPE.matcher(command);
        if (setType.matches()) {
            query.type = setType.group(1).toUpperCase(Locale.ROOT);
            return query;
        }
        if (command.isEmpty() || command.toLowerCase(Locale.ROOT).startsWith("set ")
                || command.equalsIgnoreCase("exit") || command.toLowerCase(Locale.ROOT).startsWith("server ")) {
            return query;
        }
        finish(query, listed, file);
        Query next = new Query();
        next.type = query.type;
        next.resolver = query.resolver;
        next.name = command.split("\\s+")[0];
        next.line = number;
        return next;
    }

    private static void answer(String line, Source source, Query query, Listed listed, Consumer<String> notes) {
        Matcher failed = FAILED.matcher(line);
        Matcher noAddress = NO_ADDRESS.matcher(line);
        Matcher srvHead = SRV_HEAD.matcher(line);
        Matcher srvField = SRV_FIELD.matcher(line);
        Matcher service = SERVICE.matcher(line);
        Matcher address = INTERNET_ADDRESS.matcher(line);
        Matcher canonical = CANONICAL.matcher(line);
        Matcher name = NAME.matcher(line);
        Matcher addresses = ADDRESS.matcher(line);
        Matcher more = MORE_ADDRESSES.matcher(line);
        Matcher aliases = ALIASES.matcher(line);
        if (noAddress.matches()) {
            String type = query.type.equals(Schema.Dns.Type.AAAA) ? query.type : Schema.Dns.Type.A;
            listed.add(new DnsRecord(noAddress.group(1), type, Schema.Dns.Result.NO_DATA, null, null, null, source));
            query.answered = true;
        } else if (failed.matches() && !TIMED_OUT.matcher(line).find()) {
            failure(failedName(failed.group(1), query), failed.group(2), source, query, listed, notes);
        } else if (TIMED_OUT.matcher(line).find()) {
            query.timedOut = true;
        } else if (SOA.matcher(line).find()) {
            query.noData = true;
        } else if (srvHead.find()) {
            query.srvName = srvHead.group(1);
            query.srvLine = source.line();
            query.priority = query.weight = query.port = null;
        } else if (srvField.find() && query.srvName != null) {
            srvField(srvField.group(1).toLowerCase(Locale.ROOT), srvField.group(2), source, query, listed, notes);
        } else if (service.matches()) {
            found(query, listed, Rdata.record(service.group(1), Schema.Dns.Type.SRV, service.group(2), source, notes));
        } else if (address.find()) {
            String value = address.group(2);
            found(query, listed, Rdata.record(address.group(1), Rdata.addressType(value), value, source, notes));
        } else if (canonical.find()) {
            found(query, listed, Rdata.record(canonical.group(1), Schema.Dns.Type.CNAME, canonical.group(2), source,
                    notes));
        } else if (name.matches()) {
            query.answerName = name.group(1);
            query.answerLine = source.line();
            query.inAddresses = query.inAliases = false;
        } else if (addresses.matches() && query.answerName != null) {
            query.inAddresses = true;
            hostAddress(addresses.group(1), source, query, listed, notes);
        } else if (more.matches() && (query.inAddresses || query.inAliases)) {
            if (query.inAddresses) {
                hostAddress(more.group(1), source, query, listed, notes);
            }
        } else if (aliases.matches() && query.answerName != null) {
            query.inAliases = true;
            found(query, listed, Rdata.record(aliases.group(1), Schema.Dns.Type.CNAME, query.answerName, source,
                    notes));
        } else if (!line.isBlank()) {
            query.inAddresses = query.inAliases = false;
        }
    }

    private static void srvField(String field, String value, Source source, Query query, Listed listed,
            Consumer<String> notes) {
        switch (field) {
            case "priority" -> query.priority = value;
            case "weight" -> query.weight = value;
            case "port" -> query.port = value;
            default -> {
                Source head = Source.file(source.where(), query.srvLine);
                found(query, listed, Rdata.record(query.srvName, Schema.Dns.Type.SRV, query.priority + " "
                        + query.weight + " "
                        + query.port + " " + value, head, notes));
                query.srvName = null;
            }
        }
    }

    /** An address of a "Name:" block, citing the block's "Name:" line. */
    private static void hostAddress(String value, Source source, Query query, Listed listed, Consumer<String> notes) {
        if (Rdata.isAddress(value)) {
            found(query, listed, Rdata.record(query.answerName, Rdata.addressType(value), value,
                    Source.file(source.where(), query.answerLine), notes));
        }
    }

    private static void found(Query query, Listed listed, DnsRecord record) {
        if (record != null) {
            listed.add(record);
            query.answered = true;
        }
    }

    /**
     * The name a failure line is about: the name asked, when the line holds it; else the one word that is a DNS
     * name and not the resolver's.
     */
    private static String failedName(String words, Query query) {
        String found = null;
        for (String word : words.trim().split("\\s+")) {
            String name = word.replaceAll("^[\"'(]+|[\"'),.]+$", "");
            if (query.name != null && Names.normalise(name).equals(Names.normalise(query.name))) {
                return name;
            }
            if (name.contains(".") && Rdata.isName(name) && !Rdata.isAddress(name)
                    && !Names.normalise(name).equals(query.resolver) && found == null) {
                found = name;
            }
        }
        return found == null ? words.trim() : found;
    }

    private static void failure(String name, String reason, Source source, Query query, Listed listed,
            Consumer<String> notes) {
        String lower = reason.toLowerCase(Locale.ROOT);
        String result = lower.contains("non-existent") || lower.contains("nxdomain") ? Schema.Dns.Result.NXDOMAIN
                : lower.contains("server failed") || lower.contains("servfail") ? Schema.Dns.Result.SERVFAIL
                : lower.contains("no answer") ? Schema.Dns.Result.NO_DATA
                : lower.contains("timed out") || lower.contains("no response") ? Schema.Dns.Result.TIMEOUT : null;
        if (result == null || !Rdata.isName(name) || !Rdata.DISCOVERY_TYPES.contains(query.type)) {
            notes.accept(source + ": \"" + reason + "\" for " + name + " (type " + query.type + ") is not a lookup "
                    + "result discovery uses; not used");
            return;
        }
        listed.add(new DnsRecord(name, query.type, result, null, null, null, source));
        query.answered = true;
    }

    /** A query that printed no answer and no failure: no data when the server sent its SOA, else a time-out. */
    private static void finish(Query query, Listed listed, String file) {
        if (query.name == null || query.answered || !Rdata.DISCOVERY_TYPES.contains(query.type)
                || !Rdata.isName(query.name)) {
            return;
        }
        if (query.noData || query.timedOut) {
            listed.add(new DnsRecord(query.name, query.type,
                    query.noData ? Schema.Dns.Result.NO_DATA : Schema.Dns.Result.TIMEOUT, null, null, null,
                    Source.file(file, query.line)));
        }
    }
}
