package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Get-DnsServerResourceRecord piped to Export-Csv: a "#TYPE ...DnsServerResourceRecord" line, a header row of the
 * object's properties (DistinguishedName, HostName, RecordClass, RecordData, RecordType, ...), a row per record.
 * Export-Csv writes RecordData as the name of its class (DnsServerResourceRecordSrv) rather than the data, so a row
 * shows that a record of that type exists and no more: an address record is stated found, the other types are
 * noted as listed without their data. The zone is read from each row's DistinguishedName (DC=host,DC=zone,
 * cn=MicrosoftDNS,...), which Export-Csv keeps. A file that holds its zone's SOA row is the zone listed in full.
 */
final class ExportCsvListing implements ListingLayout {

    private static final Pattern FIELD = Pattern.compile("\"((?:[^\"]|\"\")*)\"|([^,]*)");
    private static final Pattern ZONE_OF_DN = Pattern.compile("(?i)^DC=[^,]*,DC=([^,]+),cn=MicrosoftDNS");

    @Override
    public Listed read(ExportedText text, String origin, Consumer<String> notes) {
        Listed listed = new Listed();
        List<String> header = null;
        Set<String> zonesWithSoa = new LinkedHashSet<>();
        for (int number = 1; number <= text.lines().size(); number++) {
            String line = text.line(number);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = fields(line);
            if (header == null) {
                List<String> names = cells.stream().map(cell -> cell.trim().toLowerCase(Locale.ROOT)).toList();
                header = names.contains("hostname") && names.contains("recordtype") ? names : null;
                continue;
            }
            Source source = Source.file(text.file(), number);
            String host = cell(header, cells, "hostname");
            String type = cell(header, cells, "recordtype").toUpperCase(Locale.ROOT);
            Matcher dn = ZONE_OF_DN.matcher(cell(header, cells, "distinguishedname"));
            String zone = dn.find() ? dn.group(1) : origin;
            if (host.isEmpty() || type.isEmpty() || zone == null) {
                notes.accept(source + ": a row with no host name, type or zone; not used");
                continue;
            }
            listed.zones.add(Names.normalise(zone));
            String name = Names.absolute(host, zone);
            if (type.equals("SOA") && name.equals(Names.normalise(zone))) {
                zonesWithSoa.add(Names.normalise(zone));
            } else if (type.equals(Schema.Dns.Type.A) || type.equals(Schema.Dns.Type.AAAA)) {
                listed.add(new DnsRecord(name, type, Schema.Dns.Result.FOUND, null, null, null, source));
            } else if (Rdata.DISCOVERY_TYPES.contains(type)) {
                listed.withoutData.add(name);
                notes.accept(source + ": " + type + " " + name + " is listed without its data (Export-Csv writes "
                        + "only the type of RecordData); export with \"-ExpandProperty RecordData\" to see it; not "
                        + "used");
            }
        }
        for (String zone : zonesWithSoa) {
            listed.coverage.add(new Coverage(zone, Coverage.ALL_BELOW, null, 1));
        }
        return listed;
    }

    private static String cell(List<String> header, List<String> cells, String name) {
        int at = header.indexOf(name);
        return at >= 0 && at < cells.size() ? cells.get(at).trim() : "";
    }

    /** The fields of one CSV line, quoted ("" inside quotes is a quote) or not. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        Matcher field = FIELD.matcher(line);
        int at = 0;
        while (at <= line.length() && field.find(at)) {
            fields.add(field.group(1) != null ? field.group(1).replace("\"\"", "\"") : field.group(2));
            at = field.end() + 1;
            if (field.end() >= line.length()) {
                break;
            }
        }
        return fields;
    }
}
