package io.signindoctor.resemble;

import io.signindoctor.extract.Accents;
import io.signindoctor.extract.Stems;
import java.nio.CharBuffer;

/**
 * The features a text is compared by: each word, and each two words in a row within a phrase, lower-cased, accents
 * folded, with every run of digits read as one 0 (so 10.0.0.5 and 192.168.0.2 are the same word, and so are 5060 and
 * 5061). A word is a run of letters, digits, '_', '.', '-' and '\'', without the dots, dashes and apostrophes at its
 * ends, so that host names, SRV record names and addresses stay one word while a sentence's full stop does not stick
 * to its last word. Two words make a pair only when no full stop, comma, colon, semicolon, bracket, line break, '!' or
 * '?' stands between them: the last word of one sentence and the first of the next say nothing together. The trainer
 * and the scorer both read texts through this class, so the model always sees the features it was trained on.
 *
 * <p>A word of letters is read as its stem (the light stemmer of the reading catalogues: "disabled" and "disabling"
 * are one feature), and a word of another language that the translation lexicon (rules/lexicon.yaml) gives an English
 * meaning is read as that English word's stem, so that "Kennwort", "contraseña" and "password" weigh alike and the
 * model learns from tickets in every language at once ({@link WordTranslations}).
 *
 * <p>Two kinds of value are read as their kind rather than as themselves, since each ticket names its own domain and
 * servers and a model that learnt contoso.com would know nothing of fabrikam.com: a host name (a word with letters and
 * at least two dots inside) is the word "a host name" and its first label when that is all letters ({@code sip},
 * {@code lyncdiscover}, {@code pool}), so sip.contoso.com and sip.fabrikam.com are one feature and fe01.contoso.com and
 * lyncpool.fabrikam.com another; an SRV record's name is its service and protocol labels ({@code _sipinternaltls._tcp})
 * without the domain.
 *
 * <p>Each feature is a 64-bit hash: a word's characters are copied once into a buffer the reader keeps, and no string
 * is made per word or per feature, since classify reads every ticket of an export this way. Not thread-safe: one
 * reader per thread.
 */
public final class Features {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Keeps the hash of a pair of words apart from the hash of any single word. */
    private static final long PAIR = 0x9e3779b97f4a7c15L;
    /** Keeps the host names, read as their kind, apart from words. */
    private static final long HOST = 0x243f6a8885a308d3L;

    private final WordTranslations translations;
    private final KnownWords known;
    /** The current word's characters, lower-cased and folded. */
    private char[] word = new char[64];
    /** The word's characters as the stemmer reads them: a view that follows {@link #word} when it grows. */
    private CharBuffer wordView = CharBuffer.wrap(word);

    public Features(WordTranslations translations) {
        this(translations, new KnownWords(KnownWords.SLOTS, KnownWords.POOL));
    }

    private Features(WordTranslations translations, KnownWords known) {
        this.translations = translations;
        this.known = known;
    }

    /**
     * Gives every word of the text, and every pair of words in a row within a phrase, to the sink, in the order they
     * occur.
     */
    public void read(CharSequence text, FeatureSink sink) {
        read(text, 0, text.length(), sink);
    }

    /**
     * Gives the features of text[from, to) to the sink as {@link #read(CharSequence, FeatureSink)} does, with the
     * characters each was read from counted in the whole text. Read as the whole text's reading reads them when from
     * and to are where a {@link TextPieces piece} of the text starts and ends.
     */
    void read(CharSequence text, int from, int to, FeatureSink sink) {
        long previous = 0;
        int previousStart = -1;
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (!isWordChar(c)) {
                if (endsPhrase(c)) {
                    previousStart = -1;
                }
                i++;
                continue;
            }
            int rawStart = i;
            int count = 0;
            while (i < to && isWordChar(c = text.charAt(i))) {
                if (count == word.length) {
                    word = java.util.Arrays.copyOf(word, count * 2);
                    wordView = CharBuffer.wrap(word);
                }
                word[count++] = fold(c);
                i++;
            }
            int head = 0;
            while (head < count && isEdge(word[head])) {
                head++;
            }
            int tail = count;
            while (tail > head && isEdge(word[tail - 1])) {
                tail--;
            }
            if (head < tail) {
                long key = key(head, tail);
                int start = rawStart + head;
                int end = rawStart + tail;
                sink.feature(key, start, end);
                if (previousStart >= 0) {
                    sink.feature(mix(previous * 31 + key + PAIR), previousStart, end);
                }
                previous = key;
                previousStart = start;
            }
            if (word[count - 1] == '.') {
                previousStart = -1;
            }
        }
    }

    /**
     * The feature of the word in word[from, to): a value's (a word with a digit, a dot or an underscore) or, read once
     * per distinct word ({@link KnownWords}), a word of letters'.
     */
    private long key(int from, int to) {
        long hash = FNV_OFFSET;
        for (int k = from; k < to; k++) {
            char c = word[k];
            if (c == '.' || c == '_' || (c >= '0' && c <= '9')) {
                return valueKey(from, to);
            }
            hash = (hash ^ c) * FNV_PRIME;
        }
        int slot = known.find(word, from, to, hash);
        if (slot >= 0) {
            return known.feature(slot);
        }
        long key = translations.of(stemKey(from, to));
        known.keep(word, from, to, hash, key);
        return key;
    }

    /** The feature of the value in word[from, to): an SRV record's name, a host name, a number or an address. */
    private long valueKey(int from, int to) {
        boolean letters = false;
        int dots = 0;
        int firstDot = -1;
        int secondDot = -1;
        boolean firstLabelLetters = true;
        for (int k = from; k < to; k++) {
            char c = word[k];
            if (c == '.') {
                dots++;
                secondDot = dots == 2 ? k : secondDot;
                firstDot = firstDot < 0 ? k : firstDot;
            } else if (Character.isLetter(c)) {
                letters = true;
            }
            if (firstDot < 0 && !Character.isLetter(c)) {
                firstLabelLetters = false;
            }
        }
        if (word[from] == '_' && firstDot >= 0 && firstDot + 1 < to && word[firstDot + 1] == '_') {
            return mix(hash(from, secondDot < 0 ? to : secondDot, 0, false));
        }
        if (letters && dots >= 2) {
            return mix(firstLabelLetters ? hash(from, firstDot, HOST, true) : HOST);
        }
        return mix(hash(from, to, 0, true));
    }

    /** The feature of the word of letters in word[from, to): its stem's hash, cut as the reading catalogues cut it. */
    private long stemKey(int from, int to) {
        long cut = Stems.cut(wordView, from, to);
        long hash = hash(from, Stems.end(cut), 0, false);
        return mix(Stems.addsY(cut) ? (hash ^ 'y') * FNV_PRIME : hash);
    }

    /** The FNV hash of word[from, to) from a seed that sets it apart, runs of digits read as one 0 when asked. */
    private long hash(int from, int to, long seed, boolean digitsAsZero) {
        long hash = FNV_OFFSET ^ seed;
        boolean inDigits = false;
        for (int k = from; k < to; k++) {
            char c = word[k];
            boolean digit = digitsAsZero && c >= '0' && c <= '9';
            if (!(digit && inDigits)) {
                hash = (hash ^ (digit ? '0' : c)) * FNV_PRIME;
            }
            inDigits = digit;
        }
        return hash;
    }

    /**
     * The feature of one word of letters as a text gives it before translation (its stem's), or 0 when the text is
     * not one such word: for the trainer, which reads the translation lexicon's words through it.
     */
    public static long wordKey(String text) {
        long[] found = new long[1];
        int[] count = new int[1];
        new Features(WordTranslations.NONE, new KnownWords(4, 64)).read(text, (key, start, end) -> {
            found[0] = key;
            count[0]++;
        });
        return count[0] == 1 && isLetters(text.strip()) ? found[0] : 0;
    }

    private static boolean isLetters(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (!Character.isLetter(c) && c != '\'' && c != '-') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** Whether a character belongs to a word: a run of them is read as one word. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '.' || c == '-' || c == '\'';
        }
        return Character.isLetterOrDigit(c);
    }

    /** The characters that end a phrase: two words on either side of one make no pair. */
    static boolean endsPhrase(char c) {
        return c == ',' || c == ';' || c == ':' || c == '\n' || c == '!' || c == '?' || c == '(' || c == ')';
    }

    /** The characters stripped from a word's ends. */
    private static boolean isEdge(char c) {
        return c == '.' || c == '-' || c == '\'';
    }

    private static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Accents.fold(c));
    }

    /** A finaliser that spreads the bits of an FNV hash over the whole word (from SplitMix64). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
