package io.signindoctor.gather;

import io.signindoctor.probe.AutodiscoverProbe;
import java.util.List;
import java.util.Objects;

/**
 * The probes that speak the services' own protocols without credentials: Autodiscover over HTTP(S) and an
 * unauthenticated SIP REGISTER. Each is off unless named, like every other network source.
 *
 * @param autodiscover whether to ask lyncdiscoverinternal.&lt;domain&gt; and lyncdiscover.&lt;domain&gt;
 * @param sipUri the SIP URI the requests name (user@domain, without sip:)
 * @param webPorts the ports the first Autodiscover requests go to
 * @param sipChallenges the registrars to send a REGISTER to
 */
public record ServiceProbes(boolean autodiscover, String sipUri, AutodiscoverProbe.Ports webPorts,
        List<HostPort> sipChallenges) {

    /** No service probe at all. */
    public static final ServiceProbes NONE = new ServiceProbes(false, null, new AutodiscoverProbe.Ports(443, 80),
            List.of());

    public ServiceProbes {
        Objects.requireNonNull(webPorts, "webPorts");
        sipChallenges = List.copyOf(sipChallenges);
    }
}
