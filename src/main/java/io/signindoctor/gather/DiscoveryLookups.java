package io.signindoctor.gather;

import io.signindoctor.model.DnsRecord;
import io.signindoctor.probe.DnsAnswers;
import io.signindoctor.vocabulary.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The DNS lookups Communicator makes for automatic configuration, in its order: the three SRV records, then the
 * fallback host records, and the host records of every SRV target. Recording all of them, found or not, is what
 * lets the rules tell a missing record from one that was never looked at. Confined (as serve's probes are), only
 * names under the domain are asked about: an SRV record may name a server anywhere, and a server that looked up
 * whatever its answers named could be steered at names the caller chose.
 */
public final class DiscoveryLookups {

    /** The SRV records, in the order the client queries them. */
    public static final List<String> SRV_PREFIXES = List.of("_sipinternaltls._tcp.", "_sipinternal._tcp.", "_sip._tls.");
    /** The host records the client falls back to when no SRV record answers, in its order. */
    public static final List<String> HOST_PREFIXES = List.of("sipinternal.", "sip.", "sipexternal.");

    /**
     * The Autodiscover names Lync 2013 and later clients ask before any SRV record, in their order: the internal name,
     * then the one for clients outside and mobile clients.
     */
    public static final List<String> AUTODISCOVER_PREFIXES = List.of("lyncdiscoverinternal.", "lyncdiscover.");

    private static final List<String> ADDRESS_TYPES = List.of(Schema.Dns.Type.A, Schema.Dns.Type.AAAA);

    private final DnsAnswers answers;
    private final boolean confined;
    private final Set<String> outside = new LinkedHashSet<>();

    /**
     * @param confined whether only names under the domain may be looked up
     */
    public DiscoveryLookups(DnsAnswers answers, boolean confined) {
        this.answers = answers;
        this.confined = confined;
    }

    /** The SRV targets whose address records were not looked up because they lie outside the domain. */
    public List<String> outside() {
        return List.copyOf(outside);
    }

    /** The address lookups of the Autodiscover names, a CNAME on the way included. */
    public List<DnsRecord> autodiscover(String sipDomain) {
        String domain = sipDomain.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        List<DnsRecord> records = new ArrayList<>();
        for (String prefix : AUTODISCOVER_PREFIXES) {
            for (String type : ADDRESS_TYPES) {
                records.addAll(answers.lookup(prefix + domain, type));
            }
        }
        return records;
    }

    public List<DnsRecord> discover(String sipDomain) {
        String domain = sipDomain.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        List<DnsRecord> records = new ArrayList<>();
        Set<String> targets = new LinkedHashSet<>();
        for (String prefix : SRV_PREFIXES) {
            for (DnsRecord record : answers.lookup(prefix + domain, Schema.Dns.Type.SRV)) {
                records.add(record);
                if (record.isFound() && Schema.Dns.Type.SRV.equals(record.getType()) && !record.getTarget().isEmpty()) {
                    targets.add(record.getTarget());
                }
            }
        }
        Set<String> hosts = new LinkedHashSet<>();
        HOST_PREFIXES.forEach(prefix -> hosts.add(prefix + domain));
        for (String target : targets) {
            if (confined && !under(target, domain)) {
                outside.add(target);
            } else {
                hosts.add(target);
            }
        }
        for (String host : hosts) {
            for (String type : ADDRESS_TYPES) {
                records.addAll(answers.lookup(host, type));
            }
        }
        return records;
    }

    private static boolean under(String name, String domain) {
        String host = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        return host.equals(domain) || host.endsWith("." + domain);
    }
}
