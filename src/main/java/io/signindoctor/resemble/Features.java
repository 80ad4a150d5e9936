package io.signindoctor.resemble;

/**
 * The features a text is compared by: each word, and each two words in a row, lower-cased, with every run of digits
 * read as one 0 (so 10.0.0.5 and 192.168.0.2 are the same word, and so are 5060 and 5061). A word is a run of ASCII
 * letters, digits, '_', '.' and '-', without the dots and dashes at its ends, so that host names, SRV record names and
 * addresses stay one word while a sentence's full stop does not stick to its last word. The trainer and the scorer both
 * read texts through this class, so the model always sees the features it was trained on.
 *
 * <p>Two kinds of value are read as their kind rather than as themselves, since each ticket names its own domain and
 * servers and a model that learnt contoso.com would know nothing of fabrikam.com: a host name (a word of letters with
 * at least two dots inside) is the word "a host name" and its first label when that is all letters ({@code sip},
 * {@code lyncdiscover}, {@code pool}), so sip.contoso.com and sip.fabrikam.com are one feature and fe01.contoso.com and
 * lyncpool.fabrikam.com another; an SRV record's name is its service and protocol labels ({@code _sipinternaltls._tcp})
 * without the domain.
 *
 * <p>Each feature is a 64-bit hash computed while the characters are read: no string is made per word or per feature,
 * since classify reads every ticket of an export this way.
 */
public final class Features {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Keeps the hash of a pair of words apart from the hash of any single word. */
    private static final long PAIR = 0x9e3779b97f4a7c15L;
    /** Keeps the host names, read as their kind, apart from words. */
    private static final long HOST = 0x243f6a8885a308d3L;

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
            boolean letters = false;
            boolean firstLabelLetters = true;
            int firstDot = -1;
            int dots = 0;
            int dotsInside = 0;
            int serviceEnd = -1;
            boolean inService = i < length && text.charAt(i) == '_';
            while (i < length && isWordChar(c = text.charAt(i))) {
                boolean digit = c >= '0' && c <= '9';
                if (!(digit && inDigits)) {
                    hash = (hash ^ fold(digit ? '0' : c)) * FNV_PRIME;
                }
                inDigits = digit;
                boolean letter = isLetter(c);
                letters |= letter;
                if (c == '.') {
                    dots++;
                    firstDot = firstDot < 0 ? i : firstDot;
                    serviceEnd = inService ? i : serviceEnd;
                    inService &= i + 1 < length && text.charAt(i + 1) == '_';
                } else if (firstDot < 0 && !letter) {
                    firstLabelLetters = false;
                }
                i++;
                if (!isEdge(c)) {
                    hashAtLastInner = hash;
                    endAtLastInner = i;
                    dotsInside = dots;
                }
            }
            if (endAtLastInner == start) {
                continue;
            }
            long word;
            if (serviceEnd > start && !inService && serviceEnd < endAtLastInner) {
                word = mix(hash(text, start, serviceEnd, 0));
            } else if (letters && dotsInside >= 2 && !inService) {
                word = mix(firstLabelLetters ? hash(text, start, firstDot, HOST) : HOST);
            } else {
                word = mix(hashAtLastInner);
            }
            sink.feature(word, start, endAtLastInner);
            if (previousStart >= 0) {
                sink.feature(mix(previous * 31 + word + PAIR), previousStart, endAtLastInner);
            }
            previous = word;
            previousStart = start;
        }
    }

    /** The hash of a part of a word, read as words are, from a seed that sets it apart. */
    private static long hash(CharSequence text, int from, int to, long seed) {
        long hash = FNV_OFFSET ^ seed;
        boolean inDigits = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (!(digit && inDigits)) {
                hash = (hash ^ fold(digit ? '0' : c)) * FNV_PRIME;
            }
            inDigits = digit;
        }
        return hash;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
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
