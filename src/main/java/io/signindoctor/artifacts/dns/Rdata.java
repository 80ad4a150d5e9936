package io.signindoctor.artifacts.dns;

import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A record's data as listings print it in master-file order ("0 0 5061 sip.contoso.com." for SRV, an address for
 * A and AAAA, a name for CNAME), made into the fact discovery would give. Only the types discovery asks for are
 * kept: the others (SOA, NS, MX, TXT) say nothing the rules read.
 */
final class Rdata {

    static final Set<String> DISCOVERY_TYPES = Set.of(Schema.Dns.Type.SRV, Schema.Dns.Type.A, Schema.Dns.Type.AAAA,
            Schema.Dns.Type.CNAME);
    private static final Pattern SRV = Pattern.compile("^(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)\\s*$");
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern IPV6 = Pattern.compile("^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$");
    private static final Pattern NAME = Pattern.compile("^[A-Za-z0-9_*]([A-Za-z0-9_.-]*)\\.?$");

    private Rdata() {
    }

    /** The record, or null (with a note) when the data is not what the type needs; null for other types. */
    static DnsRecord record(String name, String type, String data, Source source, Consumer<String> notes) {
        String upper = type.toUpperCase(Locale.ROOT);
        if (!DISCOVERY_TYPES.contains(upper)) {
            return null;
        }
        String value = data.trim();
        if (!isName(name)) {
            notes.accept(source + ": " + upper + " record for \"" + name + "\", which is not a DNS name; not used");
            return null;
        }
        switch (upper) {
            case Schema.Dns.Type.SRV -> {
                Matcher srv = SRV.matcher(value);
                int port = srv.matches() ? Integer.parseInt(srv.group(3)) : -1;
                if (port >= 1 && port <= 65535 && NAME.matcher(srv.group(4)).matches()) {
                    return new DnsRecord(name, upper, Schema.Dns.Result.FOUND, srv.group(4), port, null, source);
                }
            }
            case Schema.Dns.Type.A -> {
                if (IPV4.matcher(value).matches()) {
                    return new DnsRecord(name, upper, Schema.Dns.Result.FOUND, null, null, value, source);
                }
            }
            case Schema.Dns.Type.AAAA -> {
                if (IPV6.matcher(value).matches()) {
                    return new DnsRecord(name, upper, Schema.Dns.Result.FOUND, null, null, value, source);
                }
            }
            default -> {
                if (NAME.matcher(value).matches()) {
                    return new DnsRecord(name, upper, Schema.Dns.Result.FOUND, value, null, null, source);
                }
            }
        }
        notes.accept(source + ": " + upper + " " + name + " with data \"" + value + "\", which is not what a " + upper
                + " record holds; not used");
        return null;
    }

    /** Whether the text is a DNS name a record may hold (a host name, an SRV owner with underscores). */
    static boolean isName(String text) {
        return NAME.matcher(text).matches();
    }

    static boolean isAddress(String text) {
        return IPV4.matcher(text).matches() || IPV6.matcher(text).matches() && text.contains(":");
    }

    static String addressType(String address) {
        return IPV4.matcher(address).matches() ? Schema.Dns.Type.A : Schema.Dns.Type.AAAA;
    }
}
