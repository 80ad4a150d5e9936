package io.signindoctor.probe;

import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import org.xbill.DNS.AAAARecord;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Record;
import org.xbill.DNS.SRVRecord;

/** Turns a dnsjava record into the fact a facts file would hold, the same whether a server or a zone file gave it. */
public final class DnsRecordFacts {

    private DnsRecordFacts() {
    }

    public static DnsRecord of(Record record, Source source) {
        String owner = record.getName().toString();
        if (record instanceof SRVRecord srv) {
            return new DnsRecord(owner, Schema.Dns.Type.SRV, Schema.Dns.Result.FOUND, srv.getTarget().toString(),
                    srv.getPort(), null, source);
        }
        if (record instanceof CNAMERecord alias) {
            return new DnsRecord(owner, Schema.Dns.Type.CNAME, Schema.Dns.Result.FOUND, alias.getTarget().toString(),
                    null, null, source);
        }
        if (record instanceof ARecord a) {
            return new DnsRecord(owner, Schema.Dns.Type.A, Schema.Dns.Result.FOUND, null, null,
                    a.getAddress().getHostAddress(), source);
        }
        if (record instanceof AAAARecord aaaa) {
            return new DnsRecord(owner, Schema.Dns.Type.AAAA, Schema.Dns.Result.FOUND, null, null,
                    aaaa.getAddress().getHostAddress(),
                    source);
        }
        throw new IllegalArgumentException("not a record type discovery asks for: " + record);
    }
}
