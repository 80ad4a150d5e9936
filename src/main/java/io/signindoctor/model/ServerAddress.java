package io.signindoctor.model;

import java.util.Locale;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A server address from the client's connection settings, split into host and port and classified by its form, so
 * rules can speak of "a manual internal server given as an IP address" directly.
 */
public final class ServerAddress extends DerivedFact {

    public static final String INTERNAL = "internal";
    public static final String EXTERNAL = "external";

    private final String role;
    private final String host;
    private final Integer port;
    private final AddressForm form;

    private ServerAddress(String role, String host, Integer port, RuleContext kcontext) {
        super(kcontext);
        this.role = role;
        this.host = host;
        this.port = port;
        this.form = AddressForm.of(host);
    }

    /** Reads "host", "host:port" or "[v6]:port" as entered in Advanced Connection Settings or policy. */
    public static ServerAddress parse(String role, String entry, RuleContext kcontext) {
        String text = entry.trim();
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            String host = text.substring(1, close);
            String rest = text.substring(close + 1);
            return new ServerAddress(role, host, rest.startsWith(":") ? Integer.valueOf(rest.substring(1)) : null,
                    kcontext);
        }
        int colon = text.lastIndexOf(':');
        if (colon > 0 && text.indexOf(':') == colon) {
            return new ServerAddress(role, text.substring(0, colon), Integer.valueOf(text.substring(colon + 1)),
                    kcontext);
        }
        return new ServerAddress(role, text, null, kcontext);
    }

    public String getRole() {
        return role;
    }

    public String getHost() {
        return host;
    }

    /** The host in lower case without a root dot, for comparison with DNS and certificate names. */
    public String getCanonicalHost() {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }

    public Integer getPort() {
        return port;
    }

    public AddressForm getForm() {
        return form;
    }

    @Override
    public String describe() {
        return role + " server " + host + (port == null ? "" : ":" + port) + " is " + form.label();
    }
}
