package io.signindoctor.resemble;

/**
 * The features a text is compared by: each word, and each two words in a row, lower-cased, with every run of digits
 * read as one 0 (so 10.0.0.5 and 192.168.0.2 are the same word, and so are 5060 and 5061). A word is a run of ASCII
 * letters, digits, '_', '.' and '-', without the dots and dashes at its ends, so that host names, SRV record names and
 * addresses stay one word while a sentence's full stop does not stick to its last word. The trainer and the scorer both
 * read texts through this class, so the model always sees the features it was trained on.
 *
 * <p>Each feature is a 64-bit hash computed while the characters are read: no string is made per word or per feature,
 * since classify reads every ticket of an export this way.
 */
public final class Features {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Keeps the hash of a pair of words apart from the hash of any single word. */
    private static final long PAIR = 0x9e3779b97f4a7c15L;

    private Features() {
    }

    /** Gives every word of the text, and every pair of words in a row, to the sink, in the order they occur. */
    public static void read(CharSequence text, FeatureSink sink) {
        int length = text.length();
        long previous = 0;
        int previousStart = -1;
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            while (i < length && isEdge(text.charAt(i))) {
                i++;
            }
            int start = i;
            long hash = FNV_OFFSET;
            long hashAtLastInner = FNV_OFFSET;
            int endAtLastInner = start;
            boolean inDigits = false;
            while (i < length && isWordChar(c = text.charAt(i))) {
                boolean digit = c >= '0' && c <= '9';
                if (!(digit && inDigits)) {
                    hash = (hash ^ fold(digit ? '0' : c)) * FNV_PRIME;
                }
                inDigits = digit;
                i++;
                if (!isEdge(c)) {
                    hashAtLastInner = hash;
                    endAtLastInner = i;
                }
            }
            if (endAtLastInner == start) {
                continue;
            }
            long word = mix(hashAtLastInner);
            sink.feature(word, start, endAtLastInner);
            if (previousStart >= 0) {
                sink.feature(mix(previous * 31 + word + PAIR), previousStart, endAtLastInner);
            }
            previous = word;
            previousStart = start;
        }
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.'
                || c == '-';
    }

    /** The characters stripped from a word's ends. */
    private static boolean isEdge(char c) {
        return c == '.' || c == '-';
    }

    private static char fold(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** A finaliser that spreads the bits of an FNV hash over the whole word (from SplitMix64). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
