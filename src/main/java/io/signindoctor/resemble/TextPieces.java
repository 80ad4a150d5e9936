package io.signindoctor.resemble;

/**
 * A text cut into pieces that {@link Features} reads exactly as it reads them inside the whole text, so that what a
 * piece is read as can be remembered and given again wherever the piece recurs: exports repeat sentences far more than
 * whole texts (the same sentence around an address or a user's name that makes each text unique).
 *
 * <p>Why a piece reads alike alone and in its text: between two words, {@link Features#read} carries only the last
 * word, to pair it with the next, and it forgets that word (no pair is made across) after a character that ends a
 * phrase and after a word whose last character is a full stop; at either point its state is the one it starts a text
 * in. A piece ends right after such a character: one that ends a phrase (unless the piece starts with it), or a '.'
 * followed by a character that belongs to no word or by the text's end, which is then the last character of a word,
 * since '.' belongs to words and a word runs on as long as its characters do. No word runs across the end of a piece,
 * so the piece's words, and its pairs of words, are the ones the whole text's reading finds there, at the same
 * characters. Only the characters below 64 are looked at, the ones that end phrases and '.': ending pieces at fewer
 * points than these allow gives longer pieces, never a different reading.
 *
 * <p>Each piece comes with a 64-bit hash of its characters, worked out while it is found. Not thread-safe.
 */
final class TextPieces {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** Bit c is set for each character c below 64 after which a piece may end. */
    private static final long ENDS = endingCharacters();

    private char[] text;
    private int length;
    private int start;
    private int end;
    private long hash;

    private static long endingCharacters() {
        long ends = 1L << '.';
        for (char c = 0; c < 64; c++) {
            if (Features.endsPhrase(c)) {
                ends |= 1L << c;
            }
        }
        return ends;
    }

    /** Starts on the text in text[0, length): {@link #next} finds its first piece. */
    void cut(char[] text, int length) {
        this.text = text;
        this.length = length;
        this.end = 0;
    }

    /** Finds the next piece of the text; false when the text has no more. */
    boolean next() {
        if (end >= length) {
            return false;
        }
        start = end;
        long h = FNV_OFFSET;
        int i = start;
        while (i < length) {
            char c = text[i++];
            h = (h ^ c) * FNV_PRIME;
            if (c < 64 && (ENDS >>> c & 1) != 0 && endsPiece(c, i)) {
                break;
            }
        }
        end = i;
        hash = h;
        return true;
    }

    /** Whether the piece ends after c, the character before {@code next}. */
    private boolean endsPiece(char c, int next) {
        if (c == '.') {
            return next == length || !Features.isWordChar(text[next]);
        }
        return next - 1 > start;
    }

    /** Where the piece found last starts in the text. */
    int start() {
        return start;
    }

    /** Where it ends: the index after its last character. */
    int end() {
        return end;
    }

    /** The hash of its characters. */
    long hash() {
        return hash;
    }
}
