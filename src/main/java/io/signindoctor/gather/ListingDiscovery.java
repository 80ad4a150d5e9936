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

    private static Set<String> domains(ListingAnswers listed) {
        Set<String> domains = new LinkedHashSet<>(listed.zones());
        for (DnsRecord record : listed.records()) {
            DiscoveryLookups.SRV_PREFIXES.stream().filter(prefix -> record.getName().startsWith(prefix))
                    .forEach(prefix -> domains.add(record.getName().substring(prefix.length())));
        }
        return domains;
    }
}
