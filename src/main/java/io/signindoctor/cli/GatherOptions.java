package io.signindoctor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options that gather facts, shared by every verb that takes facts (gather, diagnose), so that what one verb can
 * gather the others can too, spelled the same way. Only plain values are held here, and no method uses a gathering
 * type (picocli reflects over every method of an options class, which would load those types): {@link Gathering}
 * turns the options into facts, so a plain diagnose never loads a probe.
 */
public final class GatherOptions {

    /** The machine a .reg export was taken on. */
    enum Role { client, server }

    /** A .reg export and the role of its machine, given together: --reg FILE --role client|server. */
    static final class RegistryOption {
        @Option(names = "--reg", required = true, paramLabel = "FILE",
                description = "A registry export (.reg, as regedit writes it): NtlmMinClientSec, NtlmMinServerSec and "
                        + "the Communicator policies. Repeat --reg FILE --role ROLE for each machine.")
        Path file;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "The machine the preceding --reg export is from: client or server.")
        Role role;
    }

    @Option(names = "--domain", paramLabel = "DOMAIN", description = "The users' SIP domain (after the @ of their SIP "
            + "URIs): look up the DNS records automatic configuration uses (from --zone-file, --dns-server or the "
            + "system resolver).")
    String domain;

    @Option(names = "--dns-server", paramLabel = "HOST[:PORT]",
            description = "Ask this DNS server (port 53 unless given) instead of the system resolver.")
    String dnsServer;

    @Option(names = "--zone-file", paramLabel = "FILE", description = "Answer DNS lookups offline from this zone "
            + "export (BIND master format; repeatable). Names without an $ORIGIN are taken relative to --domain.")
    List<Path> zoneFiles = new ArrayList<>();

    @Option(names = "--dns-listing", paramLabel = "FILE", description = "Read DNS evidence from this file (repeatable): "
            + "nslookup, dig, dnscmd /enumrecords or Get-DnsServerResourceRecord output, or a zone file or fragment "
            + "of one. Its records become facts; with --domain, lookups are answered from the listings, offline.")
    List<Path> dnsListings = new ArrayList<>();

    @Option(names = "--probe-tcp", description = "Connect (TCP) to the servers that the SRV records and the "
            + "connection settings name; failures become connect-failure events with the WinSock code.")
    boolean probeTcp;

    @Option(names = "--tls", paramLabel = "HOST:PORT",
            description = "Fetch the certificate this server presents and learn which TLS versions (1.0 to 1.3) it "
                    + "accepts and whether it answers a client that sends no server name (SNI) (repeatable). Nothing "
                    + "is sent after a handshake.")
    List<String> tls = new ArrayList<>();

    @Option(names = "--autodiscover", description = "With --domain: ask Lync Server's Autodiscover service as Lync 2013 "
            + "and later clients do, without credentials: lyncdiscoverinternal.DOMAIN and lyncdiscover.DOMAIN over "
            + "HTTPS and HTTP with ?sipuri=, following redirects and links only within DOMAIN.")
    boolean autodiscover;

    @Option(names = "--sip-uri", paramLabel = "USER@DOMAIN", description = "The SIP URI the Autodiscover requests and "
            + "the REGISTER name (default: user@ the --domain).")
    String sipUri;

    @Option(names = "--web-ports", paramLabel = "HTTPS,HTTP", defaultValue = "443,80", description = "The ports the "
            + "first Autodiscover requests go to (default ${DEFAULT-VALUE}; 4443,8080 asks a front end's external web "
            + "site directly, behind its reverse proxy).")
    String webPorts;

    @Option(names = "--sip-challenge", paramLabel = "HOST:PORT", description = "Send this registrar one REGISTER "
            + "over TLS without credentials and read its answer: the authentication protocols it offers, "
            + "ms-diagnostics and its clock (repeatable). No credential is ever sent.")
    List<String> sipChallenges = new ArrayList<>();

    @Option(names = "--cert", paramLabel = "FILE", description = "Read a certificate file: PEM, DER or CER (repeatable).")
    List<Path> certificates = new ArrayList<>();

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<RegistryOption> registry = new ArrayList<>();

    @Option(names = "--log", paramLabel = "FILE", description = "Read a client log (repeatable): an Event Viewer export "
            + "(XML, CSV or Text, or events copied as text), a Communicator or Lync client log, or a SIP trace "
            + "(Snooper, OCSLogger). The format is told from the content.")
    List<Path> logs = new ArrayList<>();

    @Option(names = "--text", paramLabel = "FILE", description = "Read a ticket, an e-mail or pasted notes as "
            + "written (repeatable; - reads standard input): messages, codes, settings, names and who is affected, "
            + "each fact citing its line and words. A fact a facts file states outright wins over one read here.")
    List<Path> texts = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3",
            description = "Give up on each DNS query, connect and handshake after this long (1 to 60; default "
                    + "${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** Whether a --text is read from standard input. */
    boolean readsStandardInput() {
        return texts.stream().anyMatch(StandardInput::isNamedBy);
    }

    /** Whether anything at all is to be gathered. */
    boolean any() {
        return domain != null || dnsServer != null || !zoneFiles.isEmpty() || !dnsListings.isEmpty() || probeTcp
                || !tls.isEmpty() || autodiscover || !sipChallenges.isEmpty() || !certificates.isEmpty() || !registry.isEmpty() || !logs.isEmpty() || !texts.isEmpty();
    }
}
