package io.signindoctor.model;

import java.util.Collection;
import java.util.Locale;

/**
 * Host-name matching as RFC 6125 describes it for certificates: case-insensitive, trailing dot ignored, and a
 * wildcard only as the whole left-most label, standing for exactly one label ("*.contoso.com" covers
 * "sip.contoso.com" but neither "contoso.com" nor "a.sip.contoso.com").
 */
public final class HostNameMatch {

    private HostNameMatch() {
    }

    public static boolean anyCovers(Collection<String> certificateNames, String hostName) {
        return certificateNames.stream().anyMatch(name -> covers(name, hostName));
    }

    public static boolean covers(String certificateName, String hostName) {
        if (certificateName == null || hostName == null) {
            return false;
        }
        String pattern = canonical(certificateName);
        String host = canonical(hostName);
        if (!pattern.startsWith("*.")) {
            return pattern.equals(host);
        }
        int firstDot = host.indexOf('.');
        return firstDot > 0 && host.substring(firstDot + 1).equals(pattern.substring(2));
    }

    static String canonical(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
