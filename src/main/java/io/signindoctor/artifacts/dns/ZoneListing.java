package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.artifacts.ZoneRecords;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.Source;
import io.signindoctor.probe.DnsRecordFacts;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SRVRecord;
import org.xbill.DNS.Type;

/**
 * Records in master-file format: a zone fragment pasted into a ticket or change request, a whole zone, or dnscmd
 * /zoneprint's listing of one (names relative to the zone its comment header names). A fragment
 * covers nothing beyond its own records; a text with an SOA record is its zone in full. A target written without
 * its final dot is relative, so "sip.contoso.com" in the contoso.com zone names sip.contoso.com.contoso.com: the
 * record is read as DNS would serve it, and the engineer is told.
 */
final class ZoneListing implements ListingLayout {

    @Override
    public Listed read(ExportedText text, String origin, Consumer<String> notes) throws InvalidInputException {
        byte[] bytes = MasterFileLines.of(text, notes).getBytes(StandardCharsets.UTF_8);
        String header = MasterFileLines.zoneHeader(text);
        ZoneRecords zone = ZoneRecords.read(text.file(), bytes, header != null ? header : origin);
        Listed listed = new Listed();
        for (Record record : zone.records()) {
            int line = zone.lines().getOrDefault(record, 0);
            Source source = Source.file(text.file(), line);
            if (record instanceof SOARecord soa) {
                listed.coverage.add(new Coverage(soa.getName().toString(), Coverage.ALL_BELOW, null, line));
                listed.zones.add(Names.normalise(soa.getName().toString()));
            }
            if (!Rdata.DISCOVERY_TYPES.contains(Type.string(record.getType()))) {
                continue;
            }
            warnIfRelative(record, line == 0 ? "" : text.line(line), source, notes);
            listed.add(DnsRecordFacts.of(record, source));
        }
        return listed;
    }

    private static void warnIfRelative(Record record, String written, Source source, Consumer<String> notes) {
        Name target = record instanceof SRVRecord srv ? srv.getTarget()
                : record instanceof CNAMERecord alias ? alias.getTarget() : null;
        if (target == null) {
            return;
        }
        String code = written.replaceFirst(";.*$", "").trim();
        String last = code.isEmpty() ? "" : code.substring(code.lastIndexOf(' ') + 1).replaceFirst("^.*\\t", "");
        if (!last.endsWith(".") && last.contains(".") && !target.toString().equalsIgnoreCase(last + ".")) {
            notes.accept(source + ": the " + Type.string(record.getType()) + " target \"" + last + "\" has no final "
                    + "dot, so it is relative to the zone and names " + Names.normalise(target.toString())
                    + "; write \"" + last + ".\" if " + last + " is meant");
        }
    }
}
