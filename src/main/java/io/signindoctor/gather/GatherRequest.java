package io.signindoctor.gather;

import io.signindoctor.artifacts.ArtifactInput;
import io.signindoctor.artifacts.RegistryFacts;
import java.time.Duration;
import java.util.List;

/**
 * Everything the engineer asked to be gathered. Each network source is off unless named here, so that nothing
 * reaches the network by default and every probe is aimed only at what the engineer wrote. Artifacts come as their
 * bytes, read from the files the command line names or uploaded to serve, never as paths a request could choose.
 *
 * @param domain the SIP domain whose discovery records to look up, or null
 * @param confined whether DNS may be asked only about names under the domain (serve's probes): the address records
 *     of SRV targets outside it are then not looked up, and a note says which were left out
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
public record GatherRequest(String domain, boolean confined, HostPort dnsServer, List<ArtifactInput> zoneFiles,
        List<ArtifactInput> dnsListings, boolean probeTcp, List<HostPort> tls, List<ArtifactInput> certificates,
        List<RegistryFacts.Export> registry, List<ArtifactInput> logs, List<ArtifactInput> texts, Duration timeout,
        ServiceProbes services) {

    /** A request without service probes (Autodiscover, SIP challenge). */
    public GatherRequest(String domain, boolean confined, HostPort dnsServer, List<ArtifactInput> zoneFiles,
            List<ArtifactInput> dnsListings, boolean probeTcp, List<HostPort> tls, List<ArtifactInput> certificates,
            List<RegistryFacts.Export> registry, List<ArtifactInput> logs, List<ArtifactInput> texts,
            Duration timeout) {
        this(domain, confined, dnsServer, zoneFiles, dnsListings, probeTcp, tls, certificates, registry, logs, texts,
                timeout, ServiceProbes.NONE);
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

    /** The discovery lookups for a domain alone, confined to names under it, as serve --allow-probes makes them. */
    public static GatherRequest confinedTo(String domain, Duration timeout) {
        return new GatherRequest(domain, true, null, List.of(), List.of(), false, List.of(), List.of(), List.of(),
                List.of(), List.of(), timeout);
    }

    public boolean usesDns() {
        return domain != null;
    }
}
