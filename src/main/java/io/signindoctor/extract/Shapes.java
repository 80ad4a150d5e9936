package io.signindoctor.extract;

import io.signindoctor.facts.ValueChecker;

import java.util.Set;

/**
 * Tells the kind of a value from its shape alone: four numbers up to 255 are an IPv4 address, labels ending in a
 * name of letters are a domain name, 0x and hexadecimal digits a DWORD or HRESULT. Plain character tests, no
 * patterns, so that judging a token costs time in its length and nothing more.
 */
final class Shapes {

    private Shapes() {
    }

    static ValueKind kindOf(String text, Set<String> fileExtensions) {
        if (text.startsWith("sip:") || text.startsWith("sips:")) {
            String rest = text.substring(text.indexOf(':') + 1);
            if (isAddress(rest)) {
                return ValueKind.SIP_URI;
            }
            ValueKind host = kindOf(rest, fileExtensions);
            return host.isHost() ? host : ValueKind.WORD;
        }
        if (text.indexOf('@') >= 0) {
            if (text.charAt(0) == '@') {
                return isDnsName(text.substring(1), true) ? ValueKind.AT_DOMAIN : ValueKind.WORD;
            }
            return isAddress(text) ? ValueKind.ADDRESS : ValueKind.WORD;
        }
        if (text.length() > 2 && text.startsWith("0x")) {
            return text.length() <= 10 && isHex(text, 2) ? ValueKind.HEX : ValueKind.WORD;
        }
        if (ValueChecker.isDigits(text)) {
            return text.length() <= 10 ? ValueKind.NUMBER : ValueKind.WORD;
        }
        if (text.startsWith("_") && text.indexOf('.') > 0) {
            return isDnsName(text, false) ? ValueKind.SRV_NAME : ValueKind.WORD;
        }
        if (isIpv6(text)) {
            return ValueKind.IPV6;
        }
        int colon = text.lastIndexOf(':');
        if (colon > 0 && colon < text.length() - 1 && text.length() - colon <= 6 && ValueChecker.isDigits(text.substring(colon + 1))) {
            String host = text.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]") && isIpv6(host.substring(1, host.length() - 1))
                    || isIpv4(host) || isFqdn(host, fileExtensions) || isNetBiosShaped(host)) {
                return ValueKind.HOST_PORT;
            }
            return ValueKind.WORD;
        }
        if (isIpv4(text)) {
            return ValueKind.IP;
        }
        if (BuildNumberShape.isBuildNumber(text)) {
            return ValueKind.VERSION;
        }
        if (isFqdn(text, fileExtensions)) {
            return ValueKind.FQDN;
        }
        return ValueKind.WORD;
    }

    /** The value as the facts use it: an address without its sip: prefix stays as written, brackets stay. */
    static String canonical(String text, ValueKind kind) {
        if (kind == ValueKind.SIP_URI) {
            return text.startsWith("sips:") ? "sip:" + text.substring(5) : text;
        }
        if (kind.isHost() && text.startsWith("sip:")) {
            return text.substring(4);
        }
        return text;
    }

    /**
     * A single label of letters (and hyphens) ending in digits, as server names such as ocs01 or lync-fe2 are; a
     * token with digits inside its letters (a tag, a hash) is no host name.
     */
    static boolean isNetBiosShaped(String text) {
        if (text.isEmpty() || text.length() > 15 || !Character.isLetter(text.charAt(0))) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (digit) {
                    return false;
                }
                letter = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '-' || digit) {
                return false;
            }
        }
        return letter && digit;
    }

    static boolean isAddress(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            return false;
        }
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '@' || c == '[' || c == ']') {
                return false;
            }
        }
        return isDnsName(text.substring(at + 1), true);
    }

    static boolean isIpv4(String text) {
        int parts = 0;
        int value = -1;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                value = (value < 0 ? 0 : value * 10) + (c - '0');
                if (++digits > 3) {
                    return false;
                }
            } else if (c == '.') {
                if (value < 0 || value > 255) {
                    return false;
                }
                parts++;
                value = -1;
                digits = 0;
            } else {
                return false;
            }
        }
        return parts == 4;
    }

    static boolean isIpv6(String text) {
        int colons = 0;
        boolean hexLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ':') {
                colons++;
            } else if (c >= 'a' && c <= 'f') {
                hexLetter = true;
            } else if (!(c >= '0' && c <= '9' || c == '.')) {
                return false;
            }
        }
        return colons >= 2 && (text.contains("::") || colons >= 5 || hexLetter && colons >= 3) && text.length() >= 3;
    }

    static boolean isFqdn(String text, Set<String> fileExtensions) {
        if (!isDnsName(text, true)) {
            return false;
        }
        String last = text.substring(text.lastIndexOf('.') + 1);
        return !fileExtensions.contains(last);
    }

    /**
     * Labels of letters, digits, hyphens and underscores, at least two, one of them holding a letter; a host name's
     * last label is letters only, two or more, as every top-level domain is.
     */
    static boolean isDnsName(String text, boolean hostName) {
        if (text.isEmpty() || text.length() > 253 || text.indexOf('.') < 0) {
            return false;
        }
        int labelStart = 0;
        boolean letter = false;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c == '.') {
                if (i == labelStart || i - labelStart > 63 || text.charAt(i - 1) == '-') {
                    return false;
                }
                labelStart = i + 1;
            } else if (c >= 'a' && c <= 'z' || c > 127 && Character.isLetter(c)) {
                letter = true;
            } else if (!(c >= '0' && c <= '9' || c == '-' || c == '_' || c == '*' && i == 0)) {
                return false;
            }
        }
        if (!letter) {
            return false;
        }
        if (!hostName) {
            return true;
        }
        String last = text.substring(text.lastIndexOf('.') + 1);
        if (last.length() < 2 || last.length() > 24) {
            return false;
        }
        for (int i = 0; i < last.length(); i++) {
            if (!Character.isLetter(last.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
