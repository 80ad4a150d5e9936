package io.signindoctor.server;

import io.signindoctor.gather.HostPort;
import java.time.Duration;
import java.util.Optional;

/**
 * How a server is started: where it listens, the token a caller must present (none on loopback unless one was
 * given), whether it may probe the network, and its limits.
 *
 * @param bind the address to listen on
 * @param port the port, 0 for one the kernel picks
 * @param token the bearer token every API request must carry, or empty
 * @param allowProbes whether a diagnosis may look up a domain's DNS records
 * @param dnsServer the DNS server those lookups ask, or null for the system resolver
 * @param version the version /api/version reports
 * @param limits the bounds on requests and interview sessions
 */
public record ServerSettings(String bind, int port, Optional<String> token, boolean allowProbes, HostPort dnsServer,
        String version, Limits limits) {

    /**
     * The bounds that keep one caller from taking the server from the others.
     *
     * @param maxBody the largest body of a diagnosis or an interview request, in bytes
     * @param maxExport the largest export body /api/classify reads, in bytes
     * @param idle how long a connection may stay silent, mid-request or between requests
     * @param maxSessions how many interviews may be open at once
     * @param sessionIdle how long an interview may go unanswered before it is dropped
     * @param concurrentExports how many exports may be classified at once
     * @param maxArtifact the largest uploaded artifact, in bytes
     * @param maxUpload the largest sum of a form's parts, in bytes
     * @param requestTime how long the work of a diagnosis (reading, probing, the rules) may take
     */
    public record Limits(long maxBody, long maxExport, Duration idle, int maxSessions, Duration sessionIdle,
            int concurrentExports, long maxArtifact, long maxUpload, Duration requestTime) {

        public static final Duration DEFAULT_REQUEST_TIME = Duration.ofSeconds(10);

        public static Limits defaults() {
            return new Limits(1 << 20, 16 << 20, Duration.ofSeconds(30), 200, Duration.ofMinutes(30), 2, 4 << 20,
                    16 << 20, DEFAULT_REQUEST_TIME);
        }

        /** The same limits with another time limit on a diagnosis. */
        public Limits withRequestTime(Duration time) {
            return new Limits(maxBody, maxExport, idle, maxSessions, sessionIdle, concurrentExports, maxArtifact,
                    maxUpload, time);
        }
    }
}
