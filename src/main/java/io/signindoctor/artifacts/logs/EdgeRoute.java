package io.signindoctor.artifacts.logs;

import java.util.Locale;
import com.google.re2j.Pattern;

/**
 * Whether a REGISTER came through the Access Edge, that is from a user outside, told by the route a trace shows
 * rather than by any words: a front end's trace names the Edge as the message's source (OCSLogger's and CLS's
 * Direction), a client's log shows the packet going to or coming from port 443, the port the Access Edge takes SIP
 * on from outside while the pool's own SIP ports are 5060 and 5061, and the Edge marks what it passes inward from
 * the Internet with an ms-edge-proxy-message-trust header whose source type is an Internet user.
 */
final class EdgeRoute {

    private static final Pattern CLIENT_PACKET_ON_443 = Pattern.compile("^(sent to|received from) \\S+:443$");
    private static final String EDGE_TRUST = "ms-edge-proxy-message-trust";

    private EdgeRoute() {
    }

    static boolean external(SipMessage message) {
        String via = message.via() == null ? "" : message.via().trim().toLowerCase(Locale.ROOT);
        if (via.contains("external edge") || CLIENT_PACKET_ON_443.matcher(via).matches()) {
            return true;
        }
        return message.headers(EDGE_TRUST).stream()
                .anyMatch(header -> header.value().toLowerCase(Locale.ROOT).contains("ms-source-type=internetuser"));
    }
}
