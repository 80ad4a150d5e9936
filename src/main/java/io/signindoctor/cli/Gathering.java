package io.signindoctor.cli;

import io.signindoctor.artifacts.ArtifactInput;
import io.signindoctor.artifacts.RegistryFacts;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.ReadLimits;
import io.signindoctor.files.OutputCollisions;
import io.signindoctor.gather.FactGatherer;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.gather.GatherRequest;
import io.signindoctor.gather.HostPort;
import io.signindoctor.gather.ServiceProbes;
import io.signindoctor.probe.AutodiscoverProbe;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.CaseText;
import io.signindoctor.model.Fact;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Turns {@link GatherOptions} into gathered facts. Kept apart from the options class so that the gatherers load only
 * when a verb is asked to gather.
 */
final class Gathering {

    private static final Pattern DNS_NAME = Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+\\.?");

    private static final Pattern SIP_URI = Pattern.compile("[A-Za-z0-9._%+'-]+@" + DNS_NAME.pattern());

    private Gathering() {
    }

    /**
     * The request these options make, refusing combinations that cannot mean anything; every file it names is read
     * here, after all their sizes were checked, and {@code --text -} reads stdin.
     */
    static GatherRequest request(GatherOptions options, ReadLimits limits, CommandLine commandLine, InputStream stdin)
            throws InvalidInputException {
        if (options.domain != null && !DNS_NAME.matcher(options.domain).matches()) {
            throw new ParameterException(commandLine, "--domain: expected a DNS domain such as contoso.com; got \""
                    + options.domain + "\"");
        }
        if (options.dnsServer != null && !options.zoneFiles.isEmpty()) {
            throw new ParameterException(commandLine, "--dns-server and --zone-file both say where DNS answers come "
                    + "from; give one of them");
        }
        if (options.dnsServer != null && !options.dnsListings.isEmpty()) {
            throw new ParameterException(commandLine, "--dns-server and --dns-listing both say where DNS answers come "
                    + "from; give one of them");
        }
        if (options.texts.stream().filter(StandardInput::isNamedBy).count() > 1) {
            throw new ParameterException(commandLine, "--text -: standard input can be read once; give it once");
        }
        if (options.timeoutSeconds < 1 || options.timeoutSeconds > 60) {
            throw new ParameterException(commandLine, "--timeout must be between 1 and 60 seconds, not "
                    + options.timeoutSeconds);
        }
        List<InputProblem> tooLarge = new ArrayList<>();
        for (OutputCollisions.Named input : inputs(options, new OutputCollisions()).inputs()) {
            try {
                limits.checkSize(input.path());
            } catch (InvalidInputException refused) {
                tooLarge.addAll(refused.getProblems());
            }
        }
        if (!tooLarge.isEmpty()) {
            throw new InvalidInputException(tooLarge);
        }
        List<HostPort> tlsTargets = new ArrayList<>();
        for (String target : options.tls) {
            tlsTargets.add(hostPort(commandLine, "--tls", target, 0));
        }
        String domain = options.domain == null ? null : options.domain.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        HostPort dnsServer = options.dnsServer == null ? null
                : hostPort(commandLine, "--dns-server", options.dnsServer, 53);
        List<RegistryFacts.Export> registry = new ArrayList<>();
        for (GatherOptions.RegistryOption option : options.registry) {
            registry.add(new RegistryFacts.Export(ArtifactInput.read(option.file), option.role.name()));
        }
        List<ArtifactInput> texts = new ArrayList<>();
        for (Path text : options.texts) {
            texts.add(StandardInput.isNamedBy(text) ? new ArtifactInput(StandardInput.NAME,
                    StandardInput.read(stdin, limits)) : ArtifactInput.read(text));
        }
        return new GatherRequest(domain, false, dnsServer, read(options.zoneFiles), read(options.dnsListings),
                options.probeTcp, tlsTargets, read(options.certificates), registry, read(options.logs), texts,
                Duration.ofSeconds(options.timeoutSeconds), services(options, domain, commandLine));
    }

    private static List<ArtifactInput> read(List<Path> files) throws InvalidInputException {
        List<ArtifactInput> inputs = new ArrayList<>();
        for (Path file : files) {
            inputs.add(ArtifactInput.read(file));
        }
        return inputs;

    }

    /** The Autodiscover and REGISTER probes, refusing a request that does not say whom to ask about. */
    private static ServiceProbes services(GatherOptions options, String domain, CommandLine commandLine) {
        if (options.autodiscover && domain == null) {
            throw new ParameterException(commandLine, "--autodiscover needs --domain: the Autodiscover names are "
                    + "lyncdiscoverinternal.DOMAIN and lyncdiscover.DOMAIN");
        }
        AutodiscoverProbe.Ports ports = webPorts(options.webPorts, commandLine);
        if (!options.autodiscover && options.sipChallenges.isEmpty()) {
            return ServiceProbes.NONE;
        }
        String sipUri = options.sipUri == null ? null : options.sipUri.trim().replaceFirst("(?i)^sip:", "");
        if (sipUri != null && !SIP_URI.matcher(sipUri).matches()) {
            throw new ParameterException(commandLine, "--sip-uri: expected a SIP address such as jdoe@contoso.com; "
                    + "got \"" + options.sipUri + "\"");
        }
        if (sipUri == null && domain == null) {
            throw new ParameterException(commandLine, "--sip-challenge needs --sip-uri (or --domain, for "
                    + "user@DOMAIN): the REGISTER names a user");
        }
        List<HostPort> registrars = new ArrayList<>();
        for (String target : options.sipChallenges) {
            registrars.add(hostPort(commandLine, "--sip-challenge", target, 0));
        }
        return new ServiceProbes(options.autodiscover, sipUri == null ? "user@" + domain : sipUri.toLowerCase(Locale.ROOT),
                ports, registrars);
    }

    private static AutodiscoverProbe.Ports webPorts(String text, CommandLine commandLine) {
        String[] parts = text.split(",");
        if (parts.length == 2 && parts[0].trim().matches("\\d{1,5}") && parts[1].trim().matches("\\d{1,5}")) {
            int https = Integer.parseInt(parts[0].trim());
            int http = Integer.parseInt(parts[1].trim());
            if (https >= 1 && https <= 65535 && http >= 1 && http <= 65535) {
                return new AutodiscoverProbe.Ports(https, http);
            }
        }
        throw new ParameterException(commandLine, "--web-ports: expected two ports from 1 to 65535, HTTPS first, "
                + "such as 443,80; got \"" + text + "\"");
    }

    /**
     * The case with the gathered facts added after its own, the engineer told on err how they were gathered (err,
     * because out carries the report).
     */
    static CaseFacts join(CaseFacts facts, GatherOptions options, ReadLimits limits, CommandLine commandLine,
            InputStream stdin, PrintWriter err, Knowledge knowledge) throws InvalidInputException {
        FactGatherer.Gathered gathered = FactGatherer.gather(request(options, limits, commandLine, stdin),
                knowledge::catalogue);
        gathered.notes().forEach(note -> err.println("gather: " + note));
        List<Fact> all = new ArrayList<>(facts.facts());
        all.addAll(gathered.facts());
        List<CaseText> texts = new ArrayList<>(facts.texts());
        texts.addAll(gathered.texts());
        return new CaseFacts(facts.title(), all, facts.unknown(), texts);
    }

    /** Adds every file the options read, so that no output of the command can replace one of them. */
    static OutputCollisions inputs(GatherOptions options, OutputCollisions files) {
        options.zoneFiles.forEach(file -> files.input("--zone-file", file));
        options.certificates.forEach(file -> files.input("--cert file", file));
        options.registry.forEach(option -> files.input("--reg file", option.file));
        options.logs.forEach(file -> files.input("--log file", file));
        options.dnsListings.forEach(file -> files.input("--dns-listing file", file));
        options.texts.stream().filter(file -> !StandardInput.isNamedBy(file))
                .forEach(file -> files.input("--text file", file));
        return files;
    }

    /** What the options gather from, as the engineer named it, for a note when nothing was found there. */
    static String sources(GatherOptions options) {
        List<String> sources = new ArrayList<>();
        if (options.domain != null) {
            sources.add("DNS for " + options.domain);
        }
        options.tls.forEach(target -> sources.add("TLS " + target));
        if (options.autodiscover) {
            sources.add("Autodiscover for " + options.domain);
        }
        options.sipChallenges.forEach(target -> sources.add("REGISTER to " + target));
        inputs(options, new OutputCollisions()).inputs().forEach(input -> sources.add(input.path().toString()));
        return String.join(", ", sources);
    }

    private static HostPort hostPort(CommandLine commandLine, String option, String text, int defaultPort) {
        try {
            return HostPort.parse(text, defaultPort);
        } catch (IllegalArgumentException invalid) {
            throw new ParameterException(commandLine, option + ": " + invalid.getMessage());
        }
    }
}
