package io.signindoctor.gather;

import io.signindoctor.artifacts.RegistryFacts;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Everything the engineer asked to be gathered. Each network source is off unless named here, so that nothing
 * reaches the network by default and every probe is aimed only at what the engineer wrote.
 *
 * @param domain the SIP domain whose discovery records to look up, or null
 * @param dnsServer the DNS server to ask, or null for the system resolver
 * @param zoneFiles zone-file exports to answer from instead of any server
 * @param dnsListings nslookup, dig, dnscmd or PowerShell output, or zone fragments, to read records from and to
 *     answer from instead of any server
 * @param probeTcp whether to connect to the servers discovery and the connection settings name
 * @param tls servers whose certificates to fetch
 * @param certificates certificate files to read
 * @param registry .reg exports, each with its machine's role
 * @param logs client event-log exports and Communicator traces
 * @param texts tickets, e-mails or notes as written, read by the same text engine
 * @param timeout the bound on each query, connect and handshake
 * @param services Autodiscover and SIP REGISTER probes
 */
public record GatherRequest(String domain, HostPort dnsServer, List<Path> zoneFiles, List<Path> dnsListings,
        boolean probeTcp,
        List<HostPort> tls, List<Path> certificates, List<RegistryFacts.Export> registry, List<Path> logs,
        List<Path> texts, Duration timeout, ServiceProbes services) {

    /** A request without service probes. */
    public GatherRequest(String domain, HostPort dnsServer, List<Path> zoneFiles, List<Path> dnsListings,
            boolean probeTcp, List<HostPort> tls, List<Path> certificates, List<RegistryFacts.Export> registry,
            List<Path> logs, List<Path> texts, Duration timeout) {
        this(domain, dnsServer, zoneFiles, dnsListings, probeTcp, tls, certificates, registry, logs, texts, timeout,
                ServiceProbes.NONE);
    }

    public GatherRequest {
        zoneFiles = List.copyOf(zoneFiles);
        dnsListings = List.copyOf(dnsListings);
        tls = List.copyOf(tls);
        certificates = List.copyOf(certificates);
        registry = List.copyOf(registry);
        logs = List.copyOf(logs);
        texts = List.copyOf(texts);
    }

    public boolean usesDns() {
        return domain != null;
    }
}
