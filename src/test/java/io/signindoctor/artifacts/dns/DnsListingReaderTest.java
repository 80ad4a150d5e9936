package io.signindoctor.artifacts.dns;

import io.signindoctor.artifacts.ArtifactInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.DnsRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each DNS listing of examples/artifacts read into the records and failed lookups it shows, at their lines. */
class DnsListingReaderTest {

    @TempDir
    Path folder;

    private final List<String> notes = new ArrayList<>();

    private DnsListing sample(String name, String origin) throws InvalidInputException {
        return new DnsListingReader(notes::add).read(ArtifactInput.read(Path.of("examples/artifacts", name)), origin);
    }

    private DnsListing listing(String text, String origin) throws IOException, InvalidInputException {
        Path file = folder.resolve("listing.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new DnsListingReader(notes::add).read(ArtifactInput.read(file), origin);
    }

    private static List<org.assertj.core.groups.Tuple> rows(DnsListing listing) {
        return listing.records().stream().map(record -> tuple(record.getName(), record.getType(), record.getResult(),
                record.getTarget(), record.getPort(), record.getAddress(), record.getSource().line())).toList();
    }

    /**
     * nslookup's failure line with 200 KB of spaces inside its reason (bench/adversarial.sh times the same line): a
     * backtracking matcher took minutes over the reason's trailing-space pattern; the failure is still read.
     */
    @Test
    void aFailureLineWithTwoHundredKilobytesOfSpacesInItsReasonIsStillRead() throws Exception {
        DnsListing listing = listing(String.join("\n", "> set type=srv", "> _sipinternaltls._tcp.contoso.com",
                "Server:  dc01.contoso.com", "Address:  10.0.0.10", "",
                "*** dc01.contoso.com can't find _sipinternaltls._tcp.contoso.com: Non-existent" + " ".repeat(200_000)
                        + "domain", ""), null);

        assertThat(rows(listing)).containsExactly(
                tuple("_sipinternaltls._tcp.contoso.com", "SRV", "nxdomain", null, null, null, 6));
    }

    @Test
    void interactiveNslookupGivesEachQueryItsTypeAndResult() throws Exception {
        DnsListing listing = sample("nslookup-no-srv.txt", null);

        assertThat(listing.format()).isEqualTo("nslookup output");
        assertThat(rows(listing)).containsExactly(
                tuple("_sipinternaltls._tcp.contoso.com", "SRV", "nxdomain", null, null, null, 10),
                tuple("_sipinternal._tcp.contoso.com", "SRV", "nxdomain", null, null, null, 15),
                tuple("_sip._tls.contoso.com", "SRV", "found", "sip.contoso.com", 443, null, 20),
                tuple("sip.contoso.com", "A", "found", null, null, "203.0.113.20", 25));
        assertThat(listing.coverage()).isEmpty();
    }

    @Test
    void nslookupRunsOneByOneReadTheirTypeFromTheCommand() throws Exception {
        DnsListing listing = sample("nslookup-sip-domain-differs.txt", null);

        assertThat(rows(listing)).containsExactly(
                tuple("_sipinternaltls._tcp.fabrikam.com", "SRV", "found", "ocs-pool01.corp.contoso.com", 5061, null, 5),
                tuple("ocs-pool01.corp.contoso.com", "A", "found", null, null, "10.1.2.40", 10),
                tuple("sip.fabrikam.com", "A", "nxdomain", null, null, null, 16),
                tuple("_sipinternal._tcp.fabrikam.com", "SRV", "nxdomain", null, null, null, 22));
    }

    @Test
    void bindNslookupAndAnAliasAreReadToo() throws Exception {
        DnsListing listing = listing(String.join("\n", "$ nslookup -q=srv _sipinternaltls._tcp.adatum.com",
                "Server:\t\t127.0.0.53", "Address:\t127.0.0.53#53", "",
                "_sipinternaltls._tcp.adatum.com\tservice = 0 0 5061 pool.adatum.com.", "",
                "$ nslookup sip.adatum.com", "Server:  dc1", "Address:  10.0.0.1", "",
                "Name:    pool.adatum.com", "Addresses:  10.0.0.7", "          10.0.0.8", "Aliases:  sip.adatum.com",
                "", "$ nslookup -type=SRV _sipinternal._tcp.adatum.com",
                "** server can't find _sipinternal._tcp.adatum.com: NXDOMAIN", ""), null);

        assertThat(rows(listing)).containsExactly(
                tuple("_sipinternaltls._tcp.adatum.com", "SRV", "found", "pool.adatum.com", 5061, null, 5),
                tuple("pool.adatum.com", "A", "found", null, null, "10.0.0.7", 11),
                tuple("pool.adatum.com", "A", "found", null, null, "10.0.0.8", 11),
                tuple("sip.adatum.com", "CNAME", "found", "pool.adatum.com", null, null, 14),
                tuple("_sipinternal._tcp.adatum.com", "SRV", "nxdomain", null, null, null, 17));
    }

    @Test
    void digGivesNxdomainNoDataAndAnswerLines() throws Exception {
        DnsListing listing = sample("dig-no-srv.txt", null);

        assertThat(rows(listing)).containsExactly(
                tuple("_sipinternaltls._tcp.contoso.com", "SRV", "nxdomain", null, null, null, 6),
                tuple("_sipinternal._tcp.contoso.com", "SRV", "no-data", null, null, null, 27),
                tuple("sip.contoso.com", "A", "found", null, null, "10.0.0.25", 44));
    }

    @Test
    void dnscmdNamesAreRelativeToTheNodeAndCoverItsChildren() throws Exception {
        DnsListing listing = sample("dnscmd-enumrecords-tls-port.txt", null);

        assertThat(rows(listing)).containsExactly(
                tuple("_sipinternaltls._tcp.contoso.com", "SRV", "found", "ocs01.contoso.com", 5060, null, 3),
                tuple("_sipinternal._tcp.contoso.com", "SRV", "found", "ocs01.contoso.com", 5060, null, 4),
                tuple("_sipfederationtls._tcp.contoso.com", "SRV", "found", "sip.contoso.com", 5061, null, 5),
                tuple("ocs01.contoso.com", "A", "found", null, null, "10.0.0.21", 11));
        assertThat(listing.zones()).containsExactly("contoso.com");
        ListingAnswers answers = new ListingAnswers(List.of(listing), null, notes::add);
        assertThat(answers.absence("_sipfoo._tcp.contoso.com", "SRV")).hasValueSatisfying(absent -> {
            assertThat(absent.getResult()).isEqualTo("nxdomain");
            assertThat(absent.getSource().line()).isEqualTo(1);
        });
        assertThat(answers.absence("_sip._tls.contoso.com", "SRV")).isEmpty();
    }

    @Test
    void powerShellTableAndListsGiveRecordsAndTheZoneListingShowsWhatIsMissing() throws Exception {
        DnsListing listing = sample("get-dnsserverresourcerecord.txt", null);

        assertThat(rows(listing)).containsExactly(
                tuple("_sip._tls.contoso.com", "SRV", "found", "sip.contoso.com", 443, null, 5),
                tuple("_sipfederationtls._tcp.contoso.com", "SRV", "found", "sip.contoso.com", 5061, null, 6),
                tuple("_xmpp-server._tcp.contoso.com", "SRV", "found", "sip.contoso.com", 5269, null, 7),
                tuple("sip.contoso.com", "A", "found", null, null, "10.0.0.25", 13),
                tuple("ocs-pool01.contoso.com", "A", "found", null, null, null, 24));
        ListingAnswers answers = new ListingAnswers(List.of(listing), null, notes::add);
        assertThat(answers.lookup("_sipinternaltls._tcp.contoso.com", "SRV")).singleElement().satisfies(absent -> {
            assertThat(absent.getResult()).isEqualTo("nxdomain");
            assertThat(absent.getSource().line()).isEqualTo(1);
        });
        assertThat(answers.lookup("sipinternal.contoso.com", "A")).isEmpty();
        assertThat(notes).contains("dns A sipinternal.contoso.com: in none of the DNS listings given; not looked up");
    }

    @Test
    void aFormatListWithoutItsRecordDataIsNotGuessed() throws Exception {
        DnsListing listing = listing(String.join("\n",
                "PS C:\\> Get-DnsServerResourceRecord -ZoneName contoso.com -Name _sipinternaltls._tcp | Format-List",
                "", "HostName          : _sipinternaltls._tcp", "RecordType        : SRV",
                "RecordData        : DnsServerResourceRecordSrv", ""), null);

        assertThat(listing.records()).isEmpty();
        assertThat(notes).anySatisfy(note -> assertThat(note).contains(":3: SRV _sipinternaltls._tcp.contoso.com is "
                + "listed without its data").contains("-ExpandProperty RecordData"));
    }

    @Test
    void aZoneFragmentWarnsOfARelativeTargetAndReadsItAsDnsWould() throws Exception {
        DnsListing listing = sample("zone-fragment-relative-srv.dns", "contoso.com");

        assertThat(rows(listing)).startsWith(
                tuple("_sipinternaltls._tcp.contoso.com", "SRV", "found", "sip.contoso.com.contoso.com", 5061, null, 4));
        assertThat(listing.coverage()).isEmpty();
        assertThat(notes).anySatisfy(note -> assertThat(note).isEqualTo("examples/artifacts/zone-fragment-relative-"
                + "srv.dns:4: the SRV target \"sip.contoso.com\" has no final dot, so it is relative to the zone and "
                + "names sip.contoso.com.contoso.com; write \"sip.contoso.com.\" if sip.contoso.com is meant"));
    }

    @Test
    void aFragmentWithRelativeNamesAndNoOriginIsAFileLineError() {
        assertThatThrownBy(() -> sample("zone-fragment-relative-srv.dns", null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("zone-fragment-relative-srv.dns:4")
                .hasMessageContaining("give the zone its names belong to (--domain)");
    }

    @Test
    void aWholeZoneCoversItsNames() throws Exception {
        DnsListing listing = listing(String.join("\n", "$ORIGIN adatum.com.",
                "@ 3600 IN SOA ns1.adatum.com. hostmaster.adatum.com. 1 900 600 86400 3600", "@ 3600 IN NS ns1",
                "ns1 3600 IN A 10.0.0.1", "sip 3600 IN A 10.0.0.2", ""), null);

        ListingAnswers answers = new ListingAnswers(List.of(listing), null, notes::add);

        assertThat(answers.lookup("_sipinternaltls._tcp.adatum.com", "SRV")).extracting(DnsRecord::getResult)
                .containsExactly("nxdomain");
        assertThat(answers.lookup("sip.adatum.com", "AAAA")).extracting(DnsRecord::getResult)
                .containsExactly("no-data");
        assertThat(listing.zones()).containsExactly("adatum.com");
    }

    @Test
    void textThatIsNoListingGivesANote() throws Exception {
        DnsListing listing = listing("Dear team, DNS is fine, we checked.\n", null);

        assertThat(listing.records()).isEmpty();
        assertThat(notes).singleElement().asString().startsWith("nothing recognised in");
    }

    @Test
    void aFailureLineInAnotherLanguageNamesTheNameAskedNotTheResolver() throws Exception {
        DnsListing listing = listing(String.join("\n", "C:\\>nslookup -type=SRV _sipinternal._tcp.contoso.com",
                "Server:  dc01.contoso.com", "Address:  10.0.0.10", "",
                "*** _sipinternal._tcp.contoso.com wurde von dc01.contoso.com nicht gefunden: Non-existent domain",
                ""), null);

        assertThat(rows(listing)).containsExactly(
                tuple("_sipinternal._tcp.contoso.com", "SRV", "nxdomain", null, null, null, 5));
    }

    @Test
    void aPastedZoneWithItsPromptAndAgingStampsIsReadAndThePromptNoted() throws Exception {
        DnsListing listing = listing(String.join("\n", "C:\\>dnscmd /zoneprint contoso.com", ";  Zone:   contoso.com",
                "@  3600 SOA dc01.contoso.com. hostmaster.contoso.com. 1 900 600 86400 3600",
                "sip  [Aging:3600712] 600 A\t10.0.0.5", "Command completed successfully.", ""), "fabrikam.com");

        assertThat(rows(listing)).containsExactly(tuple("sip.contoso.com", "A", "found", null, null, "10.0.0.5", 4));
        assertThat(listing.coverage()).extracting(Coverage::name).containsExactly("contoso.com");
        assertThat(notes).anyMatch(note -> note.contains("lines 1, 5 are not master-file records"));
    }

    @Test
    void theTableOfWindowsServer2012R2WithoutItsTypeColumnGivesItsRecords() throws Exception {
        DnsListing listing = new DnsListingReader(notes::add).read(ArtifactInput.read(Path.of(
                "src/test/resources/artifacts/real-layouts/get-dnsserverresourcerecord-2012r2-srv-target-missing.txt")),
                null);

        assertThat(rows(listing)).contains(
                tuple("_sipinternaltls._tcp.blueyonderairlines.com", "SRV", "found", "sfbpool01.blueyonderairlines.com",
                        5061, null, 5),
                tuple("sfbpool.blueyonderairlines.com", "A", "found", null, null, "10.9.2.50", 16));
    }

    @Test
    void hostOutputGivesRecordsAndFailuresOfTheTypeItsCommandAskedFor() throws Exception {
        DnsListing listing = listing(String.join("\n", "$ host -t SRV _sipinternaltls._tcp.woodgrovebank.com",
                "_sipinternaltls._tcp.woodgrovebank.com has SRV record 0 0 5061 lyncpool.woodgrovebank.com.",
                "$ host lyncpool.woodgrovebank.com", "Host lyncpool.woodgrovebank.com not found: 3(NXDOMAIN)",
                "$ host -t SRV _sipinternal._tcp.woodgrovebank.com",
                "Host _sipinternal._tcp.woodgrovebank.com not found: 2(SERVFAIL)",
                "lyncdiscover.woodgrovebank.com is an alias for rp.partner.net.", "rp.partner.net has address 203.0.113.9",
                "$ host -t SRV _sip._tls.woodgrovebank.com", "_sip._tls.woodgrovebank.com has no SRV record", ""),
                null);

        assertThat(listing.format()).isEqualTo("host output");
        assertThat(rows(listing)).containsExactly(
                tuple("_sipinternaltls._tcp.woodgrovebank.com", "SRV", "found", "lyncpool.woodgrovebank.com", 5061,
                        null, 2),
                tuple("lyncpool.woodgrovebank.com", "A", "nxdomain", null, null, null, 4),
                tuple("_sipinternal._tcp.woodgrovebank.com", "SRV", "servfail", null, null, null, 6),
                tuple("lyncdiscover.woodgrovebank.com", "CNAME", "found", "rp.partner.net", null, null, 7),
                tuple("rp.partner.net", "A", "found", null, null, "203.0.113.9", 8),
                tuple("_sip._tls.woodgrovebank.com", "SRV", "no-data", null, null, null, 10));
    }

    @Test
    void aZoneRecordNamedHostIsNotTheHostTool() throws Exception {
        DnsListing listing = listing(String.join("\n", "$ORIGIN contoso.com.", "host IN A 192.0.2.1",
                "_sipinternaltls._tcp IN SRV 0 0 5061 host.contoso.com.", ""), null);

        assertThat(listing.format()).isEqualTo("zone file text");
        assertThat(rows(listing)).hasSize(2);
    }

    @Test
    void resolveDnsNameOfPowerShell7TakesItsCommandAndANameTheConsoleCutToTheColumn() throws Exception {
        DnsListing listing = listing(String.join("\n",
                "PS C:\\Users\\jo> Resolve-DnsName -Name _sipinternaltls._tcp.fabrikam.com -Type SRV", "",
                "Name                           Type   TTL   Section    NameTarget                     Priority Weight Port",
                "----                           ----   ---   -------    ----------                     -------- ------ ----",
                "_sipinternaltls._tcp.fabrikam\u2026 SRV    3600  Answer     sip.fabrikam.com               0        0      443",
                "", "PS C:\\Users\\jo> Resolve-DnsName -Name _sipinternal._tcp.fabrikam.com -Type SRV",
                "Resolve-DnsName: _sipinternal._tcp.fabrikam.com : DNS name does not exist.", ""), null);

        assertThat(rows(listing)).containsExactly(
                tuple("_sipinternaltls._tcp.fabrikam.com", "SRV", "found", "sip.fabrikam.com", 443, null, 5),
                tuple("_sipinternal._tcp.fabrikam.com", "SRV", "nxdomain", null, null, null, 8));
    }

    @Test
    void aCutNameThatDoesNotStartTheNameAskedForIsNoRecord() throws Exception {
        DnsListing listing = listing(String.join("\n", "PS C:\\> Resolve-DnsName -Name sip.fabrikam.com", "",
                "Name                           Type   TTL   Section    IPAddress",
                "----                           ----   ---   -------    ---------",
                "lyncpool01.corp.fabrikam.co... A      3600  Answer     192.0.2.9", ""), null);

        assertThat(listing.records()).isEmpty();
        assertThat(notes).anyMatch(note -> note.contains("was cut by the console"));
    }

    @Test
    void recordDataExpandedAloneIsTheRecordOfTheNameTheCommandAskedFor() throws Exception {
        DnsListing listing = listing(String.join("\n", "PS C:\\> Get-DnsServerResourceRecord -ZoneName proseware.com "
                + "-Name _sipinternaltls._tcp -RRType Srv | Select-Object -ExpandProperty RecordData", "",
                "DomainName                     Port   Priority Weight PSComputerName",
                "----------                     ----   -------- ------ --------------",
                "ocspool.proseware.com.         5060   0        0", "",
                "PS C:\\> Get-DnsServerResourceRecord -ZoneName proseware.com -Name ocspool -RRType A | Select-Object "
                        + "-ExpandProperty RecordData", "",
                "IPv4Address                                                 PSComputerName",
                "-----------                                                 --------------",
                "192.0.2.66", ""), null);

        assertThat(rows(listing)).containsExactly(
                tuple("_sipinternaltls._tcp.proseware.com", "SRV", "found", "ocspool.proseware.com", 5060, null, 5),
                tuple("ocspool.proseware.com", "A", "found", null, null, "192.0.2.66", 11));
    }

    @Test
    void aDnscmdListingWithLinesThatAreNotRecordsStatesNoAbsence() throws Exception {
        DnsListing listing = listing(String.join("\n",
                "C:\\>dnscmd dc01 /enumrecords cohovineyard.com _sipinternaltls._tcp /detail", "Returned records:",
                "_sipinternaltls._tcp", "        SRV Record", "          port         = 443", "",
                "Command completed successfully.", ""), null);

        assertThat(listing.coverage()).isEmpty();
        assertThat(notes).anyMatch(note -> note.contains("not read in full"));
    }
}
