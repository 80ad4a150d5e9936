package io.signindoctor.server;

import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.gather.HostPort;
import io.signindoctor.kb.Knowledge;
import java.time.Clock;
import java.util.Optional;

/** Servers started in the test's own process on 127.0.0.1, on a port the kernel picks. */
final class Servers {

    private Servers() {
    }

    static DiagnosisServer start(Optional<String> token, ServerSettings.Limits limits, Clock clock)
            throws InvalidInputException {
        return new DiagnosisServer(Knowledge.builtIn(), new ServerSettings("127.0.0.1", 0, token, false, null, "test",
                limits), clock).start();
    }

    /** A server that may probe DNS, asking this server (dnsmasq on loopback, or one that never answers). */
    static DiagnosisServer probing(HostPort dnsServer, ServerSettings.Limits limits) throws InvalidInputException {
        return new DiagnosisServer(Knowledge.builtIn(), new ServerSettings("127.0.0.1", 0, Optional.empty(), true,
                dnsServer, "test", limits), Clock.systemUTC()).start();
    }

    static DiagnosisServer start() throws InvalidInputException {
        return start(Optional.empty(), ServerSettings.Limits.defaults(), Clock.systemUTC());
    }
}
