package io.signindoctor.artifacts.dns;

import io.signindoctor.model.DnsRecord;
import java.util.List;

/**
 * What a DNS listing shows: the records and the failed lookups it states, each citing its line, and what it
 * enumerated in full (so that a record it does not list can be stated as absent).
 *
 * @param file the listing's file, as given
 * @param format the kind of listing it was read as
 * @param records found records, and lookups that found nothing (NXDOMAIN, no data, server failure, time-out)
 * @param coverage what the listing enumerated in full
 * @param zones the zones the listing names (a command's zone, an SOA record's owner), without the final dot
 * @param withoutData names the listing shows without their data: they exist, so their absence is never stated
 */
public record DnsListing(String file, String format, List<DnsRecord> records, List<Coverage> coverage,
        List<String> zones, List<String> withoutData) {

    public DnsListing {
        records = List.copyOf(records);
        coverage = List.copyOf(coverage);
        zones = List.copyOf(zones);
        withoutData = List.copyOf(withoutData);
    }
}
