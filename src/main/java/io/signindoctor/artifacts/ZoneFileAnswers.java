package io.signindoctor.artifacts;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.probe.DnsAnswers;
import io.signindoctor.probe.DnsRecordFacts;
import io.signindoctor.vocabulary.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.RRset;
import org.xbill.DNS.Record;
import org.xbill.DNS.SOARecord;
import org.xbill.DNS.SetResponse;
import org.xbill.DNS.TextParseException;
import org.xbill.DNS.Type;
import org.xbill.DNS.Zone;

/**
 * Answers from zone-file exports (BIND master format, as BIND keeps them and as the Windows DNS server exports them),
 * so a customer's DNS can be examined offline. The files are parsed by dnsjava and answered with its zone semantics
 * (no such name, no data, CNAME, delegation); each found record cites the line it was written on.
 */
public final class ZoneFileAnswers implements DnsAnswers {

    private static final int MAX_ALIASES = 8;

    private record LoadedZone(String file, Zone zone, Map<Record, Integer> lines) {
    }

    private final List<LoadedZone> zones;
    private final Consumer<String> notes;

    private ZoneFileAnswers(List<LoadedZone> zones, Consumer<String> notes) {
        this.zones = zones;
        this.notes = notes;
    }

    /**
     * Reads every file before answering anything. Names written relative to no $ORIGIN are taken relative to the
     * default origin (the SIP domain), which is how Windows DNS exports are written.
     */
    public static ZoneFileAnswers read(List<ArtifactInput> files, String defaultOrigin, Consumer<String> notes)
            throws InvalidInputException {
        List<LoadedZone> zones = new ArrayList<>();
        for (ArtifactInput file : files) {
            zones.add(load(file, defaultOrigin));
        }
        zones.sort(Comparator.comparingInt((LoadedZone loaded) -> loaded.zone().getOrigin().labels()).reversed());
        return new ZoneFileAnswers(zones, notes);
    }

    private static LoadedZone load(ArtifactInput file, String defaultOrigin) throws InvalidInputException {
        String display = file.name();
        ZoneRecords read = ZoneRecords.read(display, file.bytes(), defaultOrigin);
        SOARecord soa = read.records().stream().filter(SOARecord.class::isInstance).map(SOARecord.class::cast)
                .findFirst().orElseThrow(() -> problem(display, 0, "no SOA record: expected a whole zone export, "
                        + "which starts with the zone's SOA record; give a fragment of a zone with --dns-listing"));
        try {
            return new LoadedZone(display, new Zone(soa.getName(), read.records().toArray(new Record[0])),
                    read.lines());
        } catch (IOException incomplete) {
            throw problem(display, read.lines().get(soa), "not a complete zone: " + incomplete.getMessage());
        }
    }

    private static InvalidInputException problem(String display, int line, String message) {
        return new InvalidInputException(new InputProblem(display, line, 0, "", message));
    }

    @Override
    public String where() {
        return "zone file" + (zones.size() == 1 ? " " : "s ")
                + String.join(", ", zones.stream().map(LoadedZone::file).toList());
    }

    @Override
    public List<DnsRecord> lookup(String name, String type) {
        List<DnsRecord> records = new ArrayList<>();
        String current = name;
        for (int aliases = 0; aliases <= MAX_ALIASES; aliases++) {
            Name query;
            try {
                query = Name.fromString(current.endsWith(".") ? current : current + ".");
            } catch (TextParseException badName) {
                throw new IllegalArgumentException("not a DNS name: " + current, badName);
            }
            Optional<LoadedZone> holder = zones.stream().filter(loaded -> query.subdomain(loaded.zone().getOrigin()))
                    .findFirst();
            if (holder.isEmpty()) {
                notes.accept("dns " + type + " " + current + ": in none of the zone files given; not looked up");
                return records;
            }
            LoadedZone loaded = holder.get();
            SetResponse response = loaded.zone().findRecords(query, Type.value(type));
            if (response.isSuccessful()) {
                for (RRset set : response.answers()) {
                    set.rrs().forEach(record -> records.add(DnsRecordFacts.of(record, source(loaded, record))));
                }
                return records;
            }
            if (response.isCNAME()) {
                CNAMERecord alias = response.getCNAME();
                records.add(DnsRecordFacts.of(alias, source(loaded, alias)));
                current = alias.getTarget().toString();
                continue;
            }
            if (response.isDelegation()) {
                notes.accept("dns " + type + " " + current + ": delegated from " + loaded.file() + " to another server; "
                        + "not looked up");
                return records;
            }
            records.add(new DnsRecord(current, type,
                    response.isNXDOMAIN() ? Schema.Dns.Result.NXDOMAIN : Schema.Dns.Result.NO_DATA, null, null, null,
                    Source.file(loaded.file(), 0)));
            return records;
        }
        return records;
    }

    private static Source source(LoadedZone loaded, Record record) {
        return Source.file(loaded.file(), loaded.lines().getOrDefault(record, 0));
    }
}
