package io.signindoctor.facts;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The structured strings of the vocabulary, named in facts-schemas/ by the standard {@code format} keyword. Each is
 * checked as what it is (a port within 1 to 65535, a DNS name within RFC 1035's lengths, a NetBIOS name within 15
 * characters) rather than by a pattern, which could only check the characters, and would recurse per label.
 */
public enum ValueFormat {

    SIP_ADDRESS("sip-address", "a SIP address such as jdoe@contoso.com, with or without sip:",
            ValueFormat::isSipAddress),
    DNS_NAME("dns-name", "a DNS name such as ocs01.contoso.com (at most 253 characters, labels of at most 63)",
            text -> HostNames.isDnsName(text, true)),
    HOST_NAME("host-name", "a host name (a DNS name, perhaps with a wildcard first label) or an IP address",
            text -> HostNames.isHost(text, true)),
    SERVER_ENTRY("server-entry", "host or host:port (a DNS name, a NetBIOS name of at most 15 characters or an IP "
            + "address, and a port from 1 to 65535), such as ocs01.contoso.com:5061",
            HostNames::isHostWithOptionalPort),
    IP_ADDRESS("ip-address", "an IPv4 or IPv6 address", text -> HostNames.isIpv4(text) || HostNames.isIpv6(text)),
    SRV_ANSWER("srv-answer", "target:port with a port from 1 to 65535, such as sip.contoso.com:5061, or none",
            ValueFormat::isSrvAnswer),
    DWORD("dword", "hexadecimal text of 1 to 8 digits, such as 0x20080030", ValueFormat::isHexDword),
    HOST_NAME_LIST("host-name-list", "host names separated by commas", ValueFormat::isHostNameList),
    VERSION("version", "a version number of 2 to 4 dotted parts of at most 5 digits each, such as 15.0.5023.1000",
            ValueFormat::isVersion);

    /** Longer text is refused before it is looked at: no value of any of these formats comes near it. */
    static final int MAX_LENGTH = 1024;

    private final String keyword;
    private final String expected;
    private final Predicate<String> test;

    ValueFormat(String keyword, String expected, Predicate<String> test) {
        this.keyword = keyword;
        this.expected = expected;
        this.test = test;
    }

    /** The name facts-schemas/ gives this format. */
    public String keyword() {
        return keyword;
    }

    /** What a refusal says was expected. */
    public String expected() {
        return expected;
    }

    public boolean accepts(String text) {
        return text.length() <= MAX_LENGTH && test.test(text);
    }

    public static Optional<ValueFormat> named(String keyword) {
        for (ValueFormat format : values()) {
            if (format.keyword.equals(keyword)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    private static boolean isSipAddress(String text) {
        String address = text.regionMatches(true, 0, "sip:", 0, 4) ? text.substring(4) : text;
        int at = address.indexOf('@');
        if (at < 1 || at != address.lastIndexOf('@') || at > 256) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = address.charAt(i);
            if (c == ':' || Character.isWhitespace(c)) {
                return false;
            }
        }
        String domain = address.substring(at + 1);
        return !domain.endsWith(".") && HostNames.isDnsName(domain, false);
    }

    private static boolean isSrvAnswer(String text) {
        if (text.toLowerCase(Locale.ROOT).equals("none")) {
            return true;
        }
        int colon = text.lastIndexOf(':');
        return colon > 0 && HostNames.isDnsName(text.substring(0, colon), false)
                && HostNames.isPort(text.substring(colon + 1));
    }

    private static boolean isHexDword(String text) {
        return text.length() >= 3 && text.length() <= 10 && (text.startsWith("0x") || text.startsWith("0X"))
                && HostNames.isHexDigits(text, 2, text.length());
    }

    private static boolean isHostNameList(String text) {
        String[] names = text.split(",", -1);
        for (String name : names) {
            if (!HostNames.isHost(name.strip(), true)) {
                return false;
            }
        }
        return true;
    }

    /** A build as Help > About or a file's properties show it: 15.0.5023.1000, 16.0.4678.1000, 6.19. */
    private static boolean isVersion(String text) {
        return HostNames.dottedParts(text, 2, 4, 5, 99_999, true);
    }
}
