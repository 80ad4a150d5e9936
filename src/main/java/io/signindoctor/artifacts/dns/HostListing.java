package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * The output of BIND's host(1), as engineers on Linux or macOS paste it: one sentence per record ("X has SRV
 * record 0 0 5061 pool.contoso.com.", "X has address 192.0.2.5", "X is an alias for Y."), "Host X not found:
 * 3(NXDOMAIN)" for a failed lookup, "X has no SRV record" for a name without data of that type. The type of a failed
 * lookup comes from the command pasted above it ("host -t SRV X"); a plain "host X" asks for an address. The tool
 * is known by those sentences, or by its command after a shell prompt: a zone's record named "host" is not it.
 */
final class HostListing implements ListingLayout {

    static final String MARKER = "(?i)^(\\S+ has (SRV record|address|IPv6 address|no \\S+ record)|\\S+ is an alias for"
            + "|Host \\S+ not found: \\d+\\(|.*[$#>%]\\s*host\\s+\\S.*$).*";
    private static final Pattern COMMAND = Pattern.compile("(?i)^(?:.*[$#>%]\\s*)?host\\s+(\\S.*)$");
    private static final Pattern QUERY_TYPE = Pattern.compile("(?i)-t\\s*([A-Za-z]+)");
    private static final Pattern SRV = Pattern.compile("(?i)^(\\S+) has SRV record (\\d+ \\d+ \\d+ \\S+)\\s*$");
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(\\S+) has (IPv6 )?address (\\S+)\\s*$");
    private static final Pattern ALIAS = Pattern.compile("(?i)^(\\S+) is an alias for (\\S+)\\s*$");
    private static final Pattern NO_DATA = Pattern.compile("(?i)^(\\S+) has no (\\S+) record\\s*$");
    private static final Pattern NOT_FOUND = Pattern.compile("(?i)^Host (\\S+) not found: \\d+\\((\\w+)\\)");
    private static final Map<String, String> RESULTS = Map.of("NXDOMAIN", Schema.Dns.Result.NXDOMAIN,
            "SERVFAIL", Schema.Dns.Result.SERVFAIL);

    @Override
    public Listed read(ExportedText text, String origin, Consumer<String> notes) {
        Listed listed = new Listed();
        String askedType = Schema.Dns.Type.A;
        for (int number = 1; number <= text.lines().size(); number++) {
            String line = text.line(number).trim();
            Source source = Source.file(text.file(), number);
            Matcher command = COMMAND.matcher(line);
            Matcher srv = SRV.matcher(line);
            Matcher address = ADDRESS.matcher(line);
            Matcher alias = ALIAS.matcher(line);
            Matcher noData = NO_DATA.matcher(line);
            Matcher notFound = NOT_FOUND.matcher(line);
            if (srv.matches()) {
                listed.add(Rdata.record(srv.group(1), Schema.Dns.Type.SRV, srv.group(2), source, notes));
            } else if (address.matches()) {
                listed.add(Rdata.record(address.group(1), address.group(2) == null ? Schema.Dns.Type.A
                        : Schema.Dns.Type.AAAA, address.group(3), source, notes));
            } else if (alias.matches()) {
                listed.add(Rdata.record(alias.group(1), Schema.Dns.Type.CNAME, alias.group(2), source, notes));
            } else if (noData.matches()) {
                absent(noData.group(1), noData.group(2).toUpperCase(Locale.ROOT), Schema.Dns.Result.NO_DATA, source,
                        listed, notes);
            } else if (notFound.find()) {
                String result = RESULTS.get(notFound.group(2).toUpperCase(Locale.ROOT));
                if (result == null) {
                    notes.accept(source + ": host's answer " + notFound.group(2) + " for " + notFound.group(1)
                            + " is not a lookup result discovery uses; not used");
                } else {
                    absent(notFound.group(1), askedType, result, source, listed, notes);
                }
            } else if (command.matches()) {
                Matcher type = QUERY_TYPE.matcher(command.group(1));
                askedType = type.find() ? type.group(1).toUpperCase(Locale.ROOT) : Schema.Dns.Type.A;
            }
        }
        return listed;
    }

    private static void absent(String name, String type, String result, Source source, Listed listed,
            Consumer<String> notes) {
        if (!Rdata.isName(name) || !Rdata.DISCOVERY_TYPES.contains(type)) {
            notes.accept(source + ": host found no " + type + " for " + name + ", not a lookup discovery makes; not "
                    + "used");
            return;
        }
        listed.add(new DnsRecord(Names.normalise(name), type, result, null, null, null, source));
    }
}
