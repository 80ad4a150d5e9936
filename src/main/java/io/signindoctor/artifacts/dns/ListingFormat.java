package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ExportedText;
import java.util.ArrayList;
import java.util.List;
import com.google.re2j.Pattern;

/**
 * The kinds of DNS listing, each known by a line only it prints (or the command that runs it). An engineer's
 * transcript often holds several tools one after another (nslookup, then Resolve-DnsName), so every kind whose
 * line is present reads the text, each taking the lines it knows; master-file text is read only when no tool is
 * recognised, since every tool prints lines that look like master-file records.
 */
enum ListingFormat {
    POWERSHELL("Get-DnsServerResourceRecord output",
            "(?i).*(Get-DnsServerResourceRecord|^\\s*HostName\\s+RecordType\\s+(Type\\s+)?Timestamp).*",
            new PowerShellListing()),
    POWERSHELL_CSV("Get-DnsServerResourceRecord exported with Export-Csv",
            "(?i)^(#TYPE\\s+\\S*DnsServerResourceRecord\\b|\"?DistinguishedName\"?,\"?HostName\"?,).*",
            new ExportCsvListing()),
    RESOLVE_DNSNAME("Resolve-DnsName output",
            "(?i)(.*\\bResolve-DnsName\\b.*|^Name\\s+Type\\s+TTL\\s+Section\\b.*)", new ResolveDnsNameListing()),
    DNSCMD("dnscmd /enumrecords output", "(?i).*(\\bdnscmd\\b.*/enumrecords|^Returned records:).*",
            new DnscmdListing()),
    DIG("dig output", "(?i)^(; <<>> DiG |;; ->>HEADER<<-|;; ANSWER SECTION:|(?:.*[$#>%]\\s*)?dig\\s+\\S).*",
            new DigListing()),
    NSLOOKUP("nslookup output",
            "(?i).*(\\bnslookup\\b|SRV service location:|can'?t find \\S+:|^(Default )?Server:\\s+\\S+).*",
            new NslookupListing()),
    HOST("host output", HostListing.MARKER, new HostListing()),
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

    /** Every kind of listing the text holds; zone file text only when it holds no tool's output. */
    static List<ListingFormat> detect(ExportedText text) {
        List<ListingFormat> found = new ArrayList<>();
        for (ListingFormat format : values()) {
            if ((format != ZONE || found.isEmpty())
                    && text.lines().stream().anyMatch(line -> format.marker.matcher(line).matches())) {
                found.add(format);
            }
        }
        return found;
    }
}
