package io.signindoctor.extract;

/**
 * The shape of a client build as Help > About, a User-Agent header or an update's notes write it (15.0.5023.1000,
 * 16.0.4266.1001, 4.0.7577.4484): three or four dotted groups of digits, the first of one or two. Two groups are left
 * alone, as "TLS 1.2" and "6.19" are more often a protocol or a decimal than a build; an IPv4 address is told apart
 * before this is asked.
 */
final class BuildNumberShape {

    private static final int MAX_GROUP_DIGITS = 5;

    private BuildNumberShape() {
    }

    static boolean isBuildNumber(String text) {
        int groups = 1;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                if (digits == 0 || groups == 1 && digits > 2) {
                    return false;
                }
                groups++;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                if (++digits > MAX_GROUP_DIGITS) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return digits > 0 && groups >= 3 && groups <= 4;
    }
}
