package io.signindoctor.server;

import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.ValueChecker;
import io.signindoctor.facts.ValueFormat;
import io.signindoctor.gather.FactGatherer;
import io.signindoctor.gather.GatherRequest;
import io.signindoctor.model.Fact;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The DNS lookups automatic configuration makes for a domain a request names, when the operator allowed probes.
 * Off by default, since a server that looks up whatever it is asked could be used to map a network; and when on,
 * only what gather --domain asks is asked, of the system resolver, each lookup bounded in time: the discovery names
 * under the given domain and the address records of the servers its SRV records name. Nothing connects to them.
 */
final class DomainProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final boolean allowed;

    DomainProbe(boolean allowed) {
        this.allowed = allowed;
    }

    List<Fact> lookUp(String domain) {
        if (!allowed) {
            throw Problem.of(403, "Forbidden", "this server does not probe the network; its operator can allow "
                    + "DNS lookups with serve --allow-probes").withField("domain");
        }
        String name = domain.strip().toLowerCase(Locale.ROOT);
        if (!ValueFormat.DNS_NAME.accepts(name)) {
            throw Problem.badRequest("domain", "expected " + ValueFormat.DNS_NAME.expected() + ", got "
                    + ValueChecker.shown(domain));
        }
        try {
            return FactGatherer.gather(new GatherRequest(name, null, List.of(), List.of(), false, List.of(), List.of(), List.of(),
                    List.of(), List.of(), TIMEOUT)).facts();
        } catch (InvalidInputException e) {
            throw Problem.invalidDocument("domain", "the lookups for " + name + " failed", e.getProblems());
        }
    }
}
