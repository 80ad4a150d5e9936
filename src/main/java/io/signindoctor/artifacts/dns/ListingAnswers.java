package io.signindoctor.artifacts.dns;

import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Source;
import io.signindoctor.probe.DnsAnswers;
import io.signindoctor.vocabulary.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Answers DNS lookups from listings, so that discovery runs offline over what the customer's own tools printed.
 * A name a listing states is answered as stated (found or not), a CNAME is followed, a name a listing enumerated
 * in full but does not hold does not exist; anything else is unknown and is asked of the fallback (zone files), or
 * reported as not looked up rather than guessed.
 */
public final class ListingAnswers implements DnsAnswers {

    private static final int MAX_ALIASES = 8;

    private final List<DnsListing> listings;
    private final DnsAnswers fallback;
    private final Consumer<String> notes;

    /**
     * @param fallback answers for names no listing covers (zone files), or null
     */
    public ListingAnswers(List<DnsListing> listings, DnsAnswers fallback, Consumer<String> notes) {
        this.listings = List.copyOf(listings);
        this.fallback = fallback;
        this.notes = notes;
    }

    @Override
    public String where() {
        String files = String.join(", ", listings.stream().map(DnsListing::file).toList());
        return "DNS listing" + (listings.size() == 1 ? " " : "s ") + files
                + (fallback == null ? "" : " and " + fallback.where());
    }

    @Override
    public List<DnsRecord> lookup(String name, String type) {
        List<DnsRecord> answers = new ArrayList<>();
        String current = Names.normalise(name);
        for (int aliases = 0; aliases <= MAX_ALIASES; aliases++) {
            List<DnsRecord> stated = stated(current, type);
            if (!stated.isEmpty()) {
                answers.addAll(stated);
                return answers;
            }
            Optional<DnsRecord> alias = stated(current, Schema.Dns.Type.CNAME).stream().filter(DnsRecord::isFound)
                    .findFirst();
            if (alias.isPresent() && !type.equals(Schema.Dns.Type.CNAME)) {
                answers.add(alias.get());
                current = alias.get().getTarget();
                continue;
            }
            Optional<DnsRecord> absent = absence(current, type);
            if (absent.isPresent()) {
                answers.add(absent.get());
            } else if (fallback != null) {
                answers.addAll(fallback.lookup(current, type));
            } else {
                notes.accept("dns " + type + " " + current + ": in none of the DNS listings given; not looked up");
            }
            return answers;
        }
        return answers;
    }

    /**
     * The absence of a record a listing enumerated the place of: no such name when the listing holds nothing of
     * that name, no data when it holds the name with other types. Empty when no listing covers it, one states it, or
     * one shows the name without its data.
     */
    public Optional<DnsRecord> absence(String name, String type) {
        String wanted = Names.normalise(name);
        if (!stated(wanted, type).isEmpty()) {
            return Optional.empty();
        }
        if (listings.stream().anyMatch(listing -> listing.withoutData().contains(wanted))) {
            return Optional.empty();
        }
        for (DnsListing listing : listings) {
            for (Coverage coverage : listing.coverage()) {
                if (coverage.covers(wanted, type)) {
                    boolean nameExists = listing.records().stream()
                            .anyMatch(record -> record.isFound() && record.getName().equals(wanted));
                    return Optional.of(new DnsRecord(wanted, type,
                            nameExists ? Schema.Dns.Result.NO_DATA : Schema.Dns.Result.NXDOMAIN, null, null,
                            null, Source.file(listing.file(), coverage.line())));
                }
            }
        }
        return Optional.empty();
    }

    /** Every record and failed lookup the listings state, in the order written. */
    public List<DnsRecord> records() {
        return listings.stream().flatMap(listing -> listing.records().stream()).toList();
    }

    /** The zones the listings name. */
    public List<String> zones() {
        return listings.stream().flatMap(listing -> listing.zones().stream()).distinct().toList();
    }

    /** What the listings state about a name and type, the same record from two listings once, at its first. */
    private List<DnsRecord> stated(String name, String type) {
        Set<String> seen = new HashSet<>();
        return records().stream().filter(record -> record.getName().equals(name) && record.getType().equals(type))
                .filter(record -> seen.add(record.describe())).toList();
    }
}
