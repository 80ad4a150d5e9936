package io.signindoctor.server;

import io.signindoctor.artifacts.ArtifactInput;
import io.signindoctor.artifacts.ArtifactKind;
import io.signindoctor.artifacts.RegistryFacts;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.ValueChecker;
import io.signindoctor.facts.ValueFormat;
import io.signindoctor.gather.FactGatherer;
import io.signindoctor.gather.GatherRequest;
import io.signindoctor.gather.HostPort;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a request's uploads and domain give, read by the same readers gather uses. Artifacts are read offline; DNS is
 * asked only when the operator allowed probes and no uploaded listing answers the lookups, and then only about names
 * under the domain the request gives (a server that looked up whatever an SRV record names could be steered at any
 * name). Nothing connects to any server.
 */
final class RequestGathering {

    /** The artifact parts a form may carry, by the kind each names; artifact asks for the kind to be detected. */
    static final Map<String, ArtifactKind> PARTS = parts();
    static final String DETECTED = "artifact";

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final boolean allowProbes;
    private final HostPort dnsServer;

    /**
     * @param dnsServer the DNS server probes ask (the operator's choice), or null for the system resolver
     */
    RequestGathering(boolean allowProbes, HostPort dnsServer) {
        this.allowProbes = allowProbes;
        this.dnsServer = dnsServer;
    }

    private static Map<String, ArtifactKind> parts() {
        Map<String, ArtifactKind> parts = new LinkedHashMap<>();
        parts.put("registry-client", ArtifactKind.REGISTRY);
        parts.put("registry-server", ArtifactKind.REGISTRY);
        parts.put("log", ArtifactKind.LOG);
        parts.put("dns-listing", ArtifactKind.DNS_LISTING);
        parts.put("certificate", ArtifactKind.CERTIFICATE);
        return java.util.Collections.unmodifiableMap(parts);
    }

    /** Whether the request would make the server ask DNS (a domain, and no uploaded listing to answer from). */
    boolean probes(CaseRequest request) {
        return request.hasDomain() && request.uploads().stream()
                .noneMatch(upload -> kindOf(upload) == ArtifactKind.DNS_LISTING);
    }

    FactGatherer.Gathered gather(CaseRequest request) {
        String domain = request.hasDomain() ? domain(request.domain()) : null;
        if (probes(request) && !allowProbes) {
            throw Problem.of(403, "Forbidden", "this server does not probe the network; upload a DNS listing "
                    + "(nslookup, dig, a zone file) for the domain, or ask its operator to allow DNS lookups with serve "
                    + "--allow-probes").withField("domain");
        }
        List<ArtifactInput> listings = new ArrayList<>();
        List<ArtifactInput> certificates = new ArrayList<>();
        List<ArtifactInput> logs = new ArrayList<>();
        List<RegistryFacts.Export> registry = new ArrayList<>();
        Map<String, String> partOf = new LinkedHashMap<>();
        for (CaseRequest.Upload upload : request.uploads()) {
            partOf.putIfAbsent(upload.input().name(), upload.part());
            switch (kindOf(upload)) {
                case DNS_LISTING -> listings.add(upload.input());
                case CERTIFICATE -> certificates.add(upload.input());
                case LOG -> logs.add(upload.input());
                case REGISTRY -> registry.add(new RegistryFacts.Export(upload.input(), role(upload)));
            }
        }
        try {
            return FactGatherer.gather(new GatherRequest(domain, true, dnsServer, List.of(), listings, false,
                    List.of(), certificates, registry, logs, List.of(), TIMEOUT));
        } catch (InvalidInputException unreadable) {
            InputProblem first = unreadable.getProblems().get(0);
            throw Problem.invalidDocument(partOf.getOrDefault(first.file(), "domain"), "an uploaded file cannot be "
                    + "read: " + first, unreadable.getProblems());
        }
    }

    private static ArtifactKind kindOf(CaseRequest.Upload upload) {
        ArtifactKind named = PARTS.get(upload.part());
        return named != null ? named : ArtifactKind.detect(upload.input());
    }

    /** The role of the machine a .reg export is from: the part says it; a detected one cannot. */
    private static String role(CaseRequest.Upload upload) {
        return switch (upload.part()) {
            case "registry-client" -> "client";
            case "registry-server" -> "server";
            default -> throw Problem.badRequest(upload.part(), upload.input().name() + " is a registry export; send "
                    + "it as the part registry-client or registry-server, which says the machine it is from");
        };
    }

    private static String domain(String given) {
        String name = given.strip().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (!ValueFormat.DNS_NAME.accepts(name)) {
            throw Problem.badRequest("domain", "expected " + ValueFormat.DNS_NAME.expected() + ", got "
                    + ValueChecker.shown(given));
        }
        return name;
    }
}
