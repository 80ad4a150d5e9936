package io.signindoctor.gather;

import io.signindoctor.artifacts.ArtifactInput;
import io.signindoctor.artifacts.CertificateFile;
import io.signindoctor.artifacts.ClientLogReader;
import io.signindoctor.artifacts.TicketText;
import io.signindoctor.artifacts.RegistryFacts;
import io.signindoctor.artifacts.X509Facts;
import io.signindoctor.artifacts.ZoneFileAnswers;
import io.signindoctor.artifacts.dns.DnsListing;
import io.signindoctor.artifacts.dns.DnsListingReader;
import io.signindoctor.artifacts.dns.ListingAnswers;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.AddressForm;
import io.signindoctor.model.CaseText;
import io.signindoctor.model.Certificate;
import io.signindoctor.model.ClientSetting;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Fact;
import io.signindoctor.model.NamedValue;
import io.signindoctor.model.ServerSetting;
import io.signindoctor.model.Source;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.SipChallenge;
import io.signindoctor.probe.AutodiscoverProbe;
import io.signindoctor.probe.DnsAnswers;
import io.signindoctor.probe.PresentedChain;
import io.signindoctor.probe.SipRegisterProbe;
import io.signindoctor.probe.TlsVersionProbe;
import io.signindoctor.probe.Reachability;
import io.signindoctor.probe.ResolverAnswers;
import io.signindoctor.probe.TcpProbe;
import io.signindoctor.probe.TlsOutcome;
import io.signindoctor.probe.TlsProbe;
import io.signindoctor.vocabulary.Schema;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Gathers the facts a request names: every file is read and checked first, so a bad artifact stops the run before
 * anything touches the network; then DNS discovery, TCP connects and TLS handshakes, whose failures become facts.
 */
public final class FactGatherer {

    /**
     * The facts gathered, the texts given (read into facts by {@link io.signindoctor.artifacts.CaseTextFacts} once
     * they are joined to the case, so that what the case says outright wins), and what the engineer should be told
     * about how they were gathered.
     */
    public record Gathered(List<Fact> facts, List<CaseText> texts, List<String> notes) {
    }

    private final List<Fact> facts = new ArrayList<>();
    private final List<CaseText> texts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final GatherRequest request;
    private final TcpProbe tcp;
    private DnsAnswers answers;

    /** Where the text reader's catalogues come from: the built-in ones, or those of the knowledge in force. */
    public interface Catalogues {
        PatternCatalog read() throws InvalidInputException;
    }

    private final Catalogues catalogues;

    private FactGatherer(GatherRequest request, Catalogues catalogues) {
        this.request = request;
        this.catalogues = catalogues;
        this.tcp = new TcpProbe(request.timeout());
    }

    /** Gathers with the built-in reading catalogues. */
    public static Gathered gather(GatherRequest request) throws InvalidInputException {
        return gather(request, () -> PatternCatalog.builtIn(FactsSchema.builtIn().vocabulary()));
    }

    /** Gathers reading logs and texts with these catalogues (a site folder's added to the built-in ones). */
    public static Gathered gather(GatherRequest request, Catalogues catalogues) throws InvalidInputException {
        FactGatherer gatherer = new FactGatherer(request, catalogues);
        gatherer.readArtifacts();
        gatherer.probe();
        return new Gathered(List.copyOf(gatherer.facts), List.copyOf(gatherer.texts), List.copyOf(gatherer.notes));
    }

    private void readArtifacts() throws InvalidInputException {
        if (!request.zoneFiles().isEmpty()) {
            answers = ZoneFileAnswers.read(request.zoneFiles(), request.domain(), notes::add);
        }
        readListings();
        facts.addAll(RegistryFacts.read(request.registry(), notes::add));
        if (!request.logs().isEmpty()) {
            TextExtractor extractor = new TextExtractor(catalogues.read());
            ClientLogReader logs = new ClientLogReader(notes::add, extractor);
            for (ArtifactInput log : request.logs()) {
                addAll(logs.read(log));
            }
        }
        for (ArtifactInput text : request.texts()) {
            texts.add(TicketText.read(text));
        }
        CertificateFile certificates = new CertificateFile(notes::add);
        for (ArtifactInput file : request.certificates()) {
            for (Certificate certificate : certificates.read(file)) {
                facts.add(certificate);
                describeCertificate(certificate, null);
            }
        }
    }

    /**
     * DNS listings answer discovery's lookups when a SIP domain is given; without one, what they state about
     * discovery becomes facts as it stands.
     */
    private void readListings() throws InvalidInputException {
        if (request.dnsListings().isEmpty()) {
            return;
        }
        DnsListingReader reader = new DnsListingReader(notes::add);
        List<DnsListing> listings = new ArrayList<>();
        for (ArtifactInput file : request.dnsListings()) {
            listings.add(reader.read(file, request.domain()));
        }
        ListingAnswers listed = new ListingAnswers(listings, answers, notes::add);
        answers = listed;
        if (request.usesDns()) {
            if (!request.services().autodiscover()) {
                addAll(ListingDiscovery.autodiscoverStated(listed, request.domain()));
            }
            return;
        }
        addAll(ListingDiscovery.facts(listed));
    }

    /**
     * Adds facts read from an artifact. A facts file holds one value per setting, so a second, different value for
     * a setting already gathered (two sign-in addresses in one trace, say) is reported and the first one kept.
     */
    private void addAll(List<? extends Fact> read) {
        for (Fact fact : read) {
            if (fact instanceof NamedValue value) {
                Optional<NamedValue> earlier = facts.stream().filter(NamedValue.class::isInstance)
                        .map(NamedValue.class::cast).filter(other -> other.getId().equals(value.getId())).findFirst();
                if (earlier.isPresent()) {
                    if (!earlier.get().describe().equals(value.describe())) {
                        notes.add(value.getSource() + ": " + value.describe() + " differs from "
                                + earlier.get().describe() + " (" + earlier.get().getSource() + "); the first is kept");
                    }
                    continue;
                }
            }
            if (facts.stream().noneMatch(known -> known.describe().equals(fact.describe()))) {
                facts.add(fact);
            }
        }
    }

    private void probe() {
        if (answers == null && request.dnsServer() != null) {
            answers = ResolverAnswers.server(request.dnsServer().host(), request.dnsServer().port(), request.timeout());
        } else if (answers == null && request.usesDns()) {
            answers = ResolverAnswers.system(request.timeout());
        }
        if (request.services().autodiscover()) {
            facts.add(new ServerSetting("sip-domain", request.domain(), Source.answer("--domain")));
            autodiscover();
        }
        List<DnsRecord> discovered = request.usesDns() ? discover() : List.of();
        if (request.probeTcp()) {
            connect(discovered);
        }
        for (HostPort registrar : request.services().sipChallenges()) {
            challenge(registrar);
        }
        TlsProbe tls = new TlsProbe(tcp);
        TlsVersionProbe versions = new TlsVersionProbe(tls);
        for (HostPort target : request.tls()) {
            TlsOutcome outcome = tls.fetch(target.host(), target.port(), addresses(target.host()));
            if (outcome.hasCertificate()) {
                Source source = Source.probe("tls handshake " + target + " ("
                        + outcome.reachability().reached().getHostAddress() + ")");
                X509Facts.ofChain(outcome.chain(), target.toString(), source).ifPresentOrElse(certificate -> {
                    facts.add(certificate);
                    describeCertificate(certificate, target.host());
                }, () -> notes.add("tls " + target + ": the certificate names no host; not used"));
                versions.check(target.host(), target.port(), addresses(target.host()), target.toString())
                        .ifPresent(endpoint -> {
                            facts.add(endpoint);
                            notes.add(endpoint.describe());
                        });
            } else if (outcome.failure() != null) {
                notes.add("tls " + target + ": " + outcome.failure());
            } else {
                outcome.reachability().event().ifPresent(facts::add);
                notes.add("tls " + target + ": " + outcome.reachability().describe());
            }
        }
    }

    /**
     * Autodiscover as Lync 2013 and later clients use it before any SRV record: the two names in DNS, then the
     * service itself over HTTPS and HTTP, and the certificate each HTTPS server presents.
     */
    private void autodiscover() {
        List<DnsRecord> records = new DiscoveryLookups(answers, request.confined()).autodiscover(request.domain());
        facts.addAll(records);
        AutodiscoverProbe.Found found = new AutodiscoverProbe(tcp, request.timeout(), this::addresses)
                .ask(request.domain(), request.services().sipUri(), request.services().webPorts());
        for (var answer : found.answers()) {
            facts.add(answer);
            notes.add(answer.describe() + " (" + answer.getSource() + ")");
        }
        found.chains().forEach(this::presented);
        notes.addAll(found.notes());
    }

    /** One unauthenticated REGISTER, its answer, the certificate presented and the ms-diagnostics code it gave. */
    private void challenge(HostPort registrar) {
        List<PresentedChain> chains = new ArrayList<>();
        SipChallenge answer = new SipRegisterProbe(tcp, request.timeout()).ask(registrar.host(), registrar.port(),
                addresses(registrar.host()), request.services().sipUri(), chains);
        facts.add(answer);
        notes.add(answer.describe() + " (" + answer.getSource() + ")");
        chains.forEach(this::presented);
        if (answer.getDiagnosticsCode() != null) {
            facts.add(ClientEvent.of(Schema.Events.Kind.ERROR, answer.getSource()).codeType(Schema.Events.CodeType.MS_DIAGNOSTICS)
                    .code(answer.getDiagnosticsCode()).text("ms-diagnostics: " + answer.getMsDiagnostics()).build());
        }
    }

    private void presented(PresentedChain chain) {
        X509Facts.ofChain(chain.chain(), chain.server(), chain.source()).ifPresentOrElse(certificate -> {
            facts.add(certificate);
            describeCertificate(certificate, certificate.getServerHost());
        }, () -> notes.add("tls " + chain.server() + ": the certificate names no host; not used"));
    }

    private List<DnsRecord> discover() {
        if (!request.services().autodiscover()) {
            facts.add(new ServerSetting(Schema.Server.SIP_DOMAIN, request.domain(), Source.answer("--domain")));
        }
        DiscoveryLookups lookups = new DiscoveryLookups(answers, request.confined());
        List<DnsRecord> records = lookups.discover(request.domain());
        facts.addAll(records);
        if (!lookups.outside().isEmpty()) {
            notes.add("dns: not looked up, outside " + request.domain() + ": the address records of "
                    + String.join(", ", lookups.outside()) + " (SRV targets; this server looks up only names under "
                    + "the domain a request gives)");
        }
        long found = records.stream().filter(DnsRecord::isFound).count();
        notes.add("dns: " + records.size() + " answers for " + request.domain() + " from " + answers.where() + ", "
                + found + " found, " + (records.size() - found) + " not found");
        return records;
    }

    /** Connects to each server discovery found and each server the connection settings name, once each. */
    private void connect(List<DnsRecord> discovered) {
        Set<HostPort> targets = new LinkedHashSet<>();
        discovered.stream().filter(record -> record.isFound() && Schema.Dns.Type.SRV.equals(record.getType()))
                .filter(record -> !record.getTarget().isEmpty())
                .forEach(record -> targets.add(new HostPort(record.getTarget(), record.getPort())));
        String transport = setting(Schema.Client.TRANSPORT).orElse(Schema.Client.Transport.TLS);
        setting(Schema.Client.INTERNAL_SERVER).ifPresent(entry -> targets.add(HostPort.parse(entry,
                Schema.Client.Transport.TCP.equals(transport) ? 5060 : 5061)));
        setting(Schema.Client.EXTERNAL_SERVER).ifPresent(entry -> targets.add(HostPort.parse(entry, 443)));
        if (targets.isEmpty()) {
            notes.add("tcp: no server to connect to: discovery found no SRV record and no connection settings name one");
        }
        for (HostPort target : targets) {
            Reachability reachability = tcp.connect(target.host(), target.port(), addresses(target.host()));
            reachability.event().ifPresent(facts::add);
            notes.add("tcp: " + reachability.describe());
        }
    }

    private Optional<String> setting(String name) {
        return facts.stream().filter(ClientSetting.class::isInstance).map(ClientSetting.class::cast)
                .filter(setting -> setting.getName().equals(name)).map(ClientSetting::getValue).findFirst();
    }

    /**
     * The addresses a client would connect to: from the same DNS answers discovery used when there are any, so a
     * probe sees the names as the client's DNS publishes them; else from the system resolver.
     */
    private List<InetAddress> addresses(String host) {
        List<InetAddress> addresses = new ArrayList<>();
        try {
            if (AddressForm.of(host) == AddressForm.IP_LITERAL) {
                return List.of(InetAddress.getByName(host));
            }
            if (answers == null) {
                return List.of(InetAddress.getAllByName(host));
            }
            for (String type : List.of(Schema.Dns.Type.A, Schema.Dns.Type.AAAA)) {
                for (DnsRecord record : answers.lookup(host, type)) {
                    if (record.isFound() && record.getAddress() != null) {
                        addresses.add(InetAddress.getByName(record.getAddress()));
                    }
                }
            }
        } catch (UnknownHostException notFound) {
            return List.of();
        }
        return addresses;
    }

    private void describeCertificate(Certificate certificate, String host) {
        StringBuilder note = new StringBuilder(certificate.describe())
                .append(" (").append(certificate.getSource()).append(")");
        if (host != null) {
            note.append("; covers ").append(host).append(": ").append(certificate.covers(host) ? "yes" : "NO");
        }
        if (Instant.parse(certificate.getNotAfter()).isBefore(Instant.now())) {
            note.append("; EXPIRED on ").append(certificate.getNotAfter());
        } else {
            note.append("; valid until ").append(certificate.getNotAfter());
        }
        notes.add(note.toString());
    }
}
