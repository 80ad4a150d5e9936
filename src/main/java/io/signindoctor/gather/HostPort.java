package io.signindoctor.gather;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host and port as the engineer types them on the command line (sip.contoso.com:5061, [::1]:5061). Probes are
 * only ever aimed at what is written here, so it is parsed strictly and refused with a reason rather than guessed at.
 */
public record HostPort(String host, int port) {

    private static final Pattern FORM = Pattern.compile("(?:\\[([0-9A-Fa-f:.]+)]|([A-Za-z0-9_.-]+)):(\\d{1,5})");

    public HostPort {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " is not between 1 and 65535");
        }
    }

    /**
     * Reads HOST:PORT, or HOST alone when a default port is given (0 for none).
     *
     * @throws IllegalArgumentException saying what was expected
     */
    public static HostPort parse(String text, int defaultPort) {
        String trimmed = text.trim();
        Matcher matcher = FORM.matcher(trimmed);
        if (matcher.matches()) {
            String host = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            return new HostPort(host.toLowerCase(Locale.ROOT), Integer.parseInt(matcher.group(3)));
        }
        if (defaultPort > 0 && trimmed.matches("\\[[0-9A-Fa-f:.]+]|[A-Za-z0-9_.-]+")) {
            return new HostPort(trimmed.replaceAll("[\\[\\]]", "").toLowerCase(Locale.ROOT), defaultPort);
        }
        throw new IllegalArgumentException("expected HOST:PORT (such as sip.contoso.com:5061 or [::1]:5061)"
                + (defaultPort > 0 ? " or HOST" : "") + "; got \"" + text + "\"");
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
