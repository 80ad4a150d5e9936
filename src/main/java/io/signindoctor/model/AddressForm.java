package io.signindoctor.model;

import java.util.regex.Pattern;

/**
 * How a server was named in a setting or an event. Communicator validates the server certificate against the name it
 * was given, so only a fully qualified domain name can match; an IP literal or a NetBIOS name never will.
 */
public enum AddressForm {
    IP_LITERAL, NETBIOS_NAME, FQDN;

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*]?");

    public static AddressForm of(String host) {
        String trimmed = host.trim();
        if (IPV4.matcher(trimmed).matches() || IPV6.matcher(trimmed).matches()) {
            return IP_LITERAL;
        }
        String withoutRootDot = trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        return withoutRootDot.contains(".") ? FQDN : NETBIOS_NAME;
    }

    public String label() {
        return switch (this) {
            case IP_LITERAL -> "an IP address";
            case NETBIOS_NAME -> "a NetBIOS name";
            case FQDN -> "a fully qualified domain name";
        };
    }
}
