package io.signindoctor.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The first labels (rules/reading.yaml's host-labels) that make a host name say what it is: lyncdiscover.contoso.com
 * is by definition the Autodiscover name, so the host name written out is read as the word "lyncdiscover" written
 * alone, and "no lyncdiscover.contoso.com on the certificate" reads like "lyncdiscover isn't on the certificate". Kept
 * to a listed few, because most first labels (sip, edge, pool01) are names a site chose and say nothing reliable.
 */
record HostLabels(Set<String> labels) {

    static final HostLabels NONE = new HostLabels(Set.of());

    HostLabels {
        labels = Set.copyOf(labels);
    }

    /**
     * Whether no label is as long as the first label of a host name that is plain ASCII (lower case or not, its length
     * stays): most host names are turned away so, without a copy of their first label.
     */
    private boolean noneAsLong(int length) {
        for (String label : labels) {
            if (label.length() == length) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /** These labels and those a later reading file adds (a site's catalogue extends the built-in one). */
    HostLabels with(JsonNode reading) {
        Set<String> all = new HashSet<>(labels);
        reading.path("host-labels").forEach(label -> all.add(label.asText().toLowerCase(Locale.ROOT)));
        return new HostLabels(all);
    }

    /** The listed first label of a host name, as the word it stands for, or null when it has none of them. */
    String wordOf(String host) {
        if (labels.isEmpty()) {
            return null;
        }
        int dot = host.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        int start = host.regionMatches(true, 0, "sip:", 0, 4) ? 4 : 0;
        if (ascii(host, start, dot) && noneAsLong(dot - start)) {
            return null;
        }
        String label = host.substring(start, dot).toLowerCase(Locale.ROOT);
        return labels.contains(label) ? Stems.of(label) : null;
    }
}
