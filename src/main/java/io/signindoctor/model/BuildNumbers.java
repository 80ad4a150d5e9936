package io.signindoctor.model;

/**
 * Compares dotted build numbers part by part as numbers (15.0.5023.1000 after 15.0.4569.1506, 16.15 after 16.9), so
 * that rules can say which builds fall in a range they name, such as the builds of a client line that came before
 * its first build with TLS 1.2. Missing parts count as zero; text that is not a build is in no range.
 */
public final class BuildNumbers {

    private static final int MAX_PARTS = 4;

    private BuildNumbers() {
    }

    /** Whether the build is at or after {@code from} and before {@code below}. */
    public static boolean between(String build, String from, String below) {
        long[] parts = parts(build);
        return parts != null && compare(parts, parts(from)) >= 0 && compare(parts, parts(below)) < 0;
    }

    private static int compare(long[] left, long[] right) {
        for (int i = 0; i < MAX_PARTS; i++) {
            int order = Long.compare(left[i], right[i]);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    private static long[] parts(String text) {
        if (text == null) {
            return null;
        }
        String[] written = text.strip().split("\\.", -1);
        if (written.length > MAX_PARTS) {
            return null;
        }
        long[] parts = new long[MAX_PARTS];
        for (int i = 0; i < written.length; i++) {
            String part = written[i];
            if (part.isEmpty() || part.length() > 9 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            parts[i] = Long.parseLong(part);
        }
        return parts;
    }
}
