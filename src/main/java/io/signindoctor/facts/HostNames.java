package io.signindoctor.facts;

/**
 * The shapes of host names and addresses as DNS, NetBIOS and IP define them, checked by scanning each character once.
 * A regular expression with a repeated group recurses once per repetition in java.util.regex, so a name of a few
 * thousand labels typed into any input would overflow the stack; these checks take no more than one pass.
 */
final class HostNames {

    /** RFC 1035: a name is at most 253 characters written out, each label 1 to 63. */
    static final int MAX_NAME = 253;
    static final int MAX_LABEL = 63;
    /** A NetBIOS computer name has at most 15 characters. */
    static final int MAX_NETBIOS = 15;

    private HostNames() {
    }

    /**
     * A DNS name such as ocs01.contoso.com, with an optional root dot; labels of letters, digits, '_' and '-' that
     * do not end with '-'. A first label of "*" (a certificate's wildcard) is allowed when asked for.
     */
    static boolean isDnsName(String text, boolean wildcard) {
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return false;
        }
        int start = 0;
        boolean first = true;
        while (start <= name.length()) {
            int end = name.indexOf('.', start);
            if (end < 0) {
                end = name.length();
            }
            if (!(first && wildcard && end - start == 1 && name.charAt(start) == '*') && !isLabel(name, start, end)) {
                return false;
            }
            first = false;
            start = end + 1;
            if (end == name.length()) {
                break;
            }
        }
        return true;
    }

    private static boolean isLabel(String name, int start, int end) {
        int length = end - start;
        if (length < 1 || length > MAX_LABEL || name.charAt(start) == '-' || name.charAt(end - 1) == '-') {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** A dotted IPv4 address, each part 0 to 255 without leading zeros. */
    static boolean isIpv4(String text) {
        return text.length() <= 15 && dottedParts(text, 4, 4, 3, 255, false);
    }

    /**
     * Whether the text is {@code fewest} to {@code most} parts joined by dots, each of 1 to {@code longest} digits
     * and at most {@code largest}, starting with 0 only where allowed or where it is the part's only digit. One pass,
     * without splitting: value checks run on every fact a batch reads.
     */
    static boolean dottedParts(String text, int fewest, int most, int longest, int largest, boolean leadingZeros) {
        int parts = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('.', start);
            if (end < 0) {
                end = text.length();
            }
            int length = end - start;
            if (length == 0 || length > longest || !isDigits(text, start, end) || ++parts > most
                    || !leadingZeros && length > 1 && text.charAt(start) == '0'
                    || Integer.parseInt(text, start, end, 10) > largest) {
                return false;
            }
            if (end == text.length()) {
                return parts >= fewest;
            }
            start = end + 1;
        }
    }

    /** Whether the characters from start to end are decimal digits. */
    static boolean isDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Whether the characters from start to end are hexadecimal digits. */
    static boolean isHexDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!isHex(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** An IPv6 address: eight groups of 1 to 4 hex digits, or fewer around one "::", perhaps ending in IPv4. */
    static boolean isIpv6(String text) {
        int lastColon = text.lastIndexOf(':');
        if (text.length() < 2 || text.length() > 45 || lastColon < 0) {
            return false;
        }
        int groupsAllowed = 8;
        String body = text;
        String tail = text.substring(lastColon + 1);
        if (tail.contains(".")) {
            if (!isIpv4(tail)) {
                return false;
            }
            groupsAllowed = 6;
            body = text.substring(0, lastColon + 1);
            body = body.endsWith("::") ? body : body.substring(0, body.length() - 1);
        }
        int compressed = body.indexOf("::");
        if (compressed < 0) {
            return groups(body) == groupsAllowed;
        }
        if (body.indexOf("::", compressed + 1) >= 0) {
            return false;
        }
        int left = groups(body.substring(0, compressed));
        int right = groups(body.substring(compressed + 2));
        return left >= 0 && right >= 0 && left + right < groupsAllowed;
    }

    /** The number of colon-separated hex groups, or -1 when one is not 1 to 4 hex digits. */
    private static int groups(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        String[] parts = text.split(":", -1);
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 4 || !isHexDigits(part, 0, part.length())) {
                return -1;
            }
        }
        return parts.length;
    }

    static boolean isHex(int c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** A NetBIOS name as typed into a setting: one label of at most 15 characters. */
    static boolean isNetbiosName(String text) {
        return !text.contains(".") && text.length() <= MAX_NETBIOS && isLabel(text, 0, text.length());
    }

    /**
     * A host as a client or a certificate names it: an IP literal (IPv6 perhaps in brackets) or a DNS name. A name of
     * one label typed into the client's settings is a NetBIOS name, so it has at most 15 characters; on a certificate
     * (where a wildcard first label is allowed too) it is a DNS label of up to 63.
     */
    static boolean isHost(String text, boolean certificateName) {
        if (text.startsWith("[") && text.endsWith("]")) {
            return isIpv6(text.substring(1, text.length() - 1));
        }
        if (isIpv4(text) || isIpv6(text)) {
            return true;
        }
        if (looksNumeric(text)) {
            return false;
        }
        String withoutRoot = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        if (withoutRoot.contains(".")) {
            return isDnsName(text, certificateName);
        }
        return certificateName ? isDnsName(withoutRoot, true) : isNetbiosName(withoutRoot);
    }

    /** Digits and dots only: meant as an IPv4 address, so it is one or it is wrong (no top-level domain is numeric). */
    private static boolean looksNumeric(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && c != '.') {
                return false;
            }
        }
        return true;
    }

    /** A port written as 1 to 5 digits, from 1 to 65535. */
    static boolean isPort(String text) {
        if (text.isEmpty() || text.length() > 5 || !isDigits(text, 0, text.length())) {
            return false;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535;
    }

    /** host or host:port, IPv6 in brackets when a port follows: what Advanced Connection Settings accept. */
    static boolean isHostWithOptionalPort(String text) {
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0 || !isIpv6(text.substring(1, close))) {
                return false;
            }
            String rest = text.substring(close + 1);
            return rest.isEmpty() || rest.startsWith(":") && isPort(rest.substring(1));
        }
        int colon = text.indexOf(':');
        if (colon < 0) {
            return isHost(text, false);
        }
        return colon == text.lastIndexOf(':') && colon > 0 && isHost(text.substring(0, colon), false)
                && isPort(text.substring(colon + 1));
    }
}
