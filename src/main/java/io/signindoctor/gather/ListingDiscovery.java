package io.signindoctor.gather;

import io.signindoctor.artifacts.dns.ListingAnswers;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.vocabulary.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What DNS listings say about discovery when no SIP domain was given: their own records, and the discovery records
 * they show to be missing, for each domain they name (a listed zone) or whose discovery records they hold. A record
 * counts as missing only where a listing enumerated its zone or node in full.
 */
final class ListingDiscovery {

    private ListingDiscovery() {
    }

    static List<DnsRecord> facts(ListingAnswers listed) {
        List<DnsRecord> facts = new ArrayList<>(listed.records());
        for (String domain : domains(listed)) {
            for (String prefix : DiscoveryLookups.SRV_PREFIXES) {
                listed.absence(prefix + domain, Schema.Dns.Type.SRV).ifPresent(facts::add);
            }
            for (String prefix : DiscoveryLookups.HOST_PREFIXES) {
                listed.absence(prefix + domain, Schema.Dns.Type.A).ifPresent(facts::add);
            }
        }
        return facts;
    }

    /**
     * What the listings state of a domain's Autodiscover names, when a SIP domain is given and discovery's own lookups
     * (the SRV and host records) answer from them: a record or a failed lookup of lyncdiscoverinternal or
     * lyncdiscover shows that someone asked about Autodiscover, so it is a fact as stated. An enumerated zone that
     * lacks these names is not taken to say they are missing: only Lync 2013 and later clients ask for them, and a
     * zone of an OCS or Lync 2010 deployment lacks them by design.
     */
    static List<DnsRecord> autodiscoverStated(ListingAnswers listed, String domain) {
        String zone = domain.toLowerCase(java.util.Locale.ROOT).replaceAll("\\.$", "");
        return listed.records().stream().filter(record -> DiscoveryLookups.AUTODISCOVER_PREFIXES.stream()
                .anyMatch(prefix -> record.getName().equals(prefix + zone))).toList();
    }

    private static Set<String> domains(ListingAnswers listed) {
        Set<String> domains = new LinkedHashSet<>(listed.zones());
        for (DnsRecord record : listed.records()) {
            DiscoveryLookups.SRV_PREFIXES.stream().filter(prefix -> record.getName().startsWith(prefix))
                    .forEach(prefix -> domains.add(record.getName().substring(prefix.length())));
        }
        return domains;
    }
}
