package io.signindoctor.probe;

import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.ExtendedResolver;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Resolver;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;

/**
 * Answers from a live DNS server, queried directly with dnsjava rather than through the JDK's name service, because
 * the JDK cannot ask for SRV records and folds "no such name", "no data" and "server failure" into one exception,
 * while those are exactly the differences an engineer needs to see.
 */
public final class ResolverAnswers implements DnsAnswers {

    private final Resolver resolver;
    private final String where;
    private final String description;

    private ResolverAnswers(Resolver resolver, String where, String description, Duration timeout) {
        this.resolver = resolver;
        this.where = where;
        this.description = description;
        resolver.setTimeout(timeout);
    }

    /** Queries one server only, the one the engineer named. */
    public static ResolverAnswers server(String host, int port, Duration timeout) {
        String where = (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        return new ResolverAnswers(new SimpleResolver(new InetSocketAddress(host, port)), where, "DNS server " + where,
                timeout);
    }

    /** Queries the servers this machine is configured with, as the client on it would. */
    public static ResolverAnswers system(Duration timeout) {
        ExtendedResolver resolver = new ExtendedResolver();
        resolver.setRetries(1);
        return new ResolverAnswers(resolver, "the system resolver", "the system resolver", timeout);
    }

    @Override
    public String where() {
        return description;
    }

    @Override
    public List<DnsRecord> lookup(String name, String type) {
        String query = "dns " + type + " " + name + " via " + where;
        Message response;
        try {
            response = resolver.send(Message.newQuery(Record.newRecord(Name.fromString(name + "."), Type.value(type),
                    DClass.IN)));
        } catch (TextParseException badName) {
            throw new IllegalArgumentException("not a DNS name: " + name, badName);
        } catch (IOException noAnswer) {
            return List.of(nothing(name, type, Schema.Dns.Result.TIMEOUT,
                    query + " (no answer: " + noAnswer.getMessage() + ")"));
        }
        int rcode = response.getRcode();
        if (rcode == Rcode.NXDOMAIN) {
            return List.of(nothing(name, type, Schema.Dns.Result.NXDOMAIN, query));
        }
        if (rcode != Rcode.NOERROR) {
            return List.of(nothing(name, type, Schema.Dns.Result.SERVFAIL, query + " (" + Rcode.string(rcode) + ")"));
        }
        return answered(name, type, response.getSection(Section.ANSWER), Source.probe(query));
    }

    /** Follows a CNAME chain through the answer section, as the client's resolver would. */
    private static List<DnsRecord> answered(String name, String type, List<Record> answer, Source source) {
        List<DnsRecord> records = new ArrayList<>();
        String current = name;
        for (int hops = 0; hops <= answer.size(); hops++) {
            String owner = current;
            List<Record> here = answer.stream().filter(record -> matches(record.getName(), owner)).toList();
            List<DnsRecord> found = here.stream().filter(record -> record.getType() == Type.value(type))
                    .map(record -> DnsRecordFacts.of(record, source)).toList();
            if (!found.isEmpty()) {
                records.addAll(found);
                return records;
            }
            CNAMERecord alias = here.stream().filter(CNAMERecord.class::isInstance).map(CNAMERecord.class::cast)
                    .findFirst().orElse(null);
            if (alias == null) {
                break;
            }
            records.add(DnsRecordFacts.of(alias, source));
            current = alias.getTarget().toString();
        }
        records.add(new DnsRecord(current, type, Schema.Dns.Result.NO_DATA, null, null, null, source));
        return records;
    }

    private static boolean matches(Name owner, String name) {
        return owner.toString().replaceAll("\\.$", "").equalsIgnoreCase(name.replaceAll("\\.$", ""));
    }

    private static DnsRecord nothing(String name, String type, String result, String query) {
        return new DnsRecord(name, type, result, null, null, null, Source.probe(query));
    }
}
