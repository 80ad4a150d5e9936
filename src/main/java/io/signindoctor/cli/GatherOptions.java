package io.signindoctor.cli;

import io.signindoctor.artifacts.RegistryFacts;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.gather.FactGatherer;
import io.signindoctor.gather.GatherRequest;
import io.signindoctor.gather.HostPort;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.Fact;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options that gather facts, shared by every verb that takes facts (gather, diagnose), so that what one verb can
 * gather the others can too, spelled the same way. Only plain values are held here: the probes and readers are
 * loaded only when one of these options is given, which keeps a plain diagnose fast.
 */
public final class GatherOptions {

    private static final Pattern DNS_NAME = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+\\.?");

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

    @Option(names = "--probe-tcp", description = "Connect (TCP) to the servers that the SRV records and the "
            + "connection settings name; failures become connect-failure events with the WinSock code.")
    boolean probeTcp;

    @Option(names = "--tls", paramLabel = "HOST:PORT",
            description = "Fetch the certificate this server presents (repeatable). Nothing is sent after the handshake.")
    List<String> tls = new ArrayList<>();

    @Option(names = "--cert", paramLabel = "FILE", description = "Read a certificate file: PEM, DER or CER (repeatable).")
    List<Path> certificates = new ArrayList<>();

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<RegistryOption> registry = new ArrayList<>();

    @Option(names = "--log", paramLabel = "FILE", description = "Read a client event-log export (Event Viewer text or "
            + "CSV) or a Communicator trace (repeatable).")
    List<Path> logs = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3",
            description = "Give up on each DNS query, connect and handshake after this long (1 to 60; default "
                    + "${DEFAULT-VALUE}).")
    int timeoutSeconds;

    /** Whether anything at all is to be gathered. */
    boolean any() {
        return domain != null || dnsServer != null || !zoneFiles.isEmpty() || probeTcp || !tls.isEmpty()
                || !certificates.isEmpty() || !registry.isEmpty() || !logs.isEmpty();
    }

    /** The request these options make, refusing combinations that cannot mean anything. */
    GatherRequest request(CommandLine commandLine) {
        if (domain != null && !DNS_NAME.matcher(domain).matches()) {
            throw new ParameterException(commandLine, "--domain: expected a DNS domain such as contoso.com; got \""
                    + domain + "\"");
        }
        if (dnsServer != null && !zoneFiles.isEmpty()) {
            throw new ParameterException(commandLine, "--dns-server and --zone-file both say where DNS answers come "
                    + "from; give one of them");
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 60) {
            throw new ParameterException(commandLine, "--timeout must be between 1 and 60 seconds, not "
                    + timeoutSeconds);
        }
        List<HostPort> tlsTargets = new ArrayList<>();
        for (String target : tls) {
            tlsTargets.add(hostPort(commandLine, "--tls", target, 0));
        }
        return new GatherRequest(domain == null ? null : domain.toLowerCase(Locale.ROOT).replaceAll("\\.$", ""),
                dnsServer == null ? null : hostPort(commandLine, "--dns-server", dnsServer, 53), zoneFiles, probeTcp,
                tlsTargets, certificates, registry.stream()
                        .map(option -> new RegistryFacts.Export(option.file, option.role.name())).toList(),
                logs, Duration.ofSeconds(timeoutSeconds));
    }

    /**
     * The case with the gathered facts added after its own, the engineer told on err how they were gathered (err,
     * because out carries the report).
     */
    CaseFacts join(CaseFacts facts, CommandLine commandLine, PrintWriter err) throws InvalidInputException {
        FactGatherer.Gathered gathered = FactGatherer.gather(request(commandLine));
        gathered.notes().forEach(note -> err.println("gather: " + note));
        List<Fact> all = new ArrayList<>(facts.facts());
        all.addAll(gathered.facts());
        return new CaseFacts(facts.title(), all);
    }

    private static HostPort hostPort(CommandLine commandLine, String option, String text, int defaultPort) {
        try {
            return HostPort.parse(text, defaultPort);
        } catch (IllegalArgumentException invalid) {
            throw new ParameterException(commandLine, option + ": " + invalid.getMessage());
        }
    }
}
