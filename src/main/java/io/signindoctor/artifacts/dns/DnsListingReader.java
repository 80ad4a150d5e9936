package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.artifacts.ArtifactInput;
import java.util.function.Consumer;
import java.util.List;

/**
 * Reads DNS evidence in whichever form it came, told apart by content: nslookup, dig, dnscmd /enumrecords and
 * Get-DnsServerResourceRecord output, and master-file text (a zone or a fragment of one). A listing with nothing
 * the tool recognises gives no record and a note; it is not an error.
 */
public final class DnsListingReader {

    private final Consumer<String> notes;

    public DnsListingReader(Consumer<String> notes) {
        this.notes = notes;
    }

    /** Whether a text is DNS evidence in one of the forms this reader knows. */
    public static boolean recognises(ExportedText text) {
        return !ListingFormat.detect(text).isEmpty();
    }

    /**
     * @param origin the zone names are relative to when the listing does not say (the SIP domain), or null
     */
    public DnsListing read(ArtifactInput input, String origin) throws InvalidInputException {
        ExportedText text = ExportedText.of(input);
        List<ListingFormat> formats = ListingFormat.detect(text);
        if (formats.isEmpty()) {
            notes.accept("nothing recognised in " + text.file() + " (not nslookup, dig, dnscmd, PowerShell or zone "
                    + "file text)");
            return new DnsListing(text.file(), "unknown", List.of(), List.of(), List.of(), List.of());
        }
        Listed all = new Listed();
        for (ListingFormat format : formats) {
            Listed listed = format.layout().read(text, origin, notes);
            listed.records.forEach(all::add);
            all.coverage.addAll(listed.coverage);
            all.zones.addAll(listed.zones);
            all.withoutData.addAll(listed.withoutData);
        }
        String description = String.join(" and ", formats.stream().map(ListingFormat::description).toList());
        DnsListing listing = new DnsListing(text.file(), description, all.records, all.coverage,
                List.copyOf(all.zones), List.copyOf(all.withoutData));
        notes.accept(listing.records().isEmpty() && listing.coverage().isEmpty() && listing.withoutData().isEmpty()
                ? "nothing recognised in " + text.file() + " (read as " + description + ")"
                : text.file() + ": read as " + description + ", " + listing.records().size() + " records");
        return listing;
    }
}
