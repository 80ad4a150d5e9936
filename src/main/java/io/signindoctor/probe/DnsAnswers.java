package io.signindoctor.probe;

import io.signindoctor.model.DnsRecord;
import java.util.List;

/**
 * Where DNS answers come from: a live resolver or a zone-file export. The client's discovery is the same whichever
 * answers it, so the lookups are written once against this and each source only says what one query returns.
 */
public interface DnsAnswers {

    /**
     * One query. Found records come back one fact each (a CNAME followed by what it points to); a query that finds
     * nothing comes back as a single fact whose result says why (nxdomain, no-data, servfail, timeout).
     */
    List<DnsRecord> lookup(String name, String type);

    /** Where the answers come from, for the engineer: "DNS server 127.0.0.1:5353", "zone file contoso.com.dns". */
    String where();
}
