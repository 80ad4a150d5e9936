package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import java.util.Optional;
import com.google.re2j.Pattern;

/**
 * The kinds of DNS listing, each known by a line only it prints, tried in this order: a PowerShell or dnscmd
 * transcript may quote nslookup, and every listing holds lines that look like master-file records.
 */
enum ListingFormat {
    POWERSHELL("Get-DnsServerResourceRecord output",
            "(?i).*(Get-DnsServerResourceRecord|^\\s*HostName\\s+RecordType\\s+Type\\s+Timestamp).*",
            new PowerShellListing()),
    DNSCMD("dnscmd /enumrecords output", "(?i).*(\\bdnscmd\\b.*/enumrecords|^Returned records:).*",
            new DnscmdListing()),
    DIG("dig output", "^(; <<>> DiG |;; ->>HEADER<<-|;; ANSWER SECTION:).*", new DigListing()),
    NSLOOKUP("nslookup output",
            "(?i).*(\\bnslookup\\b|SRV service location:|can'?t find \\S+:|^(Default )?Server:\\s+\\S+).*",
            new NslookupListing()),
    ZONE("zone file text",
            "(?i)^(\\$ORIGIN|\\$TTL|\\S*\\s+(\\d+\\s+)?(IN\\s+)?(SOA|NS|A|AAAA|CNAME|SRV|MX|TXT)\\s+\\S).*",
            new ZoneListing());

    private final String description;
    private final Pattern marker;
    private final ListingLayout layout;

    ListingFormat(String description, String marker, ListingLayout layout) {
        this.description = description;
        this.marker = Pattern.compile(marker);
        this.layout = layout;
    }

    String description() {
        return description;
    }

    ListingLayout layout() {
        return layout;
    }

    static Optional<ListingFormat> detect(ExportedText text) {
        for (ListingFormat format : values()) {
            if (text.lines().stream().anyMatch(line -> format.marker.matcher(line).matches())) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
