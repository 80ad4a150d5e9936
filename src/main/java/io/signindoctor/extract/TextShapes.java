package io.signindoctor.extract;

import io.signindoctor.reuse.Sightings;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The steps by which texts of the same shape state their facts, shared by the workers of a batch: a text's shape is
 * the text as written with each value (an address, a host name, a user, a number) reduced to its kind and to what a
 * reading may look at in it beyond that: the word the catalogues know it by, if any (an error code's number,
 * "lyncdiscover" for lyncdiscover.contoso.com), and the range or pattern tests of role readings it passes. Exports repeat the same
 * sentences around other values a great deal: generated alerts, templates, a message pasted with each user's server
 * in it. A text whose shape was read before is not read again: the steps its first reading took ({@link FactSteps})
 * are taken on it, with its own values.
 *
 * <p>That gives what reading it would, because a reading looks at a value only as its kind and its catalogue entry:
 * which cues stand where, what is negated, asked or foretold, which value takes which role, all depend on the words,
 * the punctuation and the values' kinds and entries, which the shape holds whole (with where each token starts and
 * ends, whether a word looks like a host name, and where each sentence starts, since a long value can make a line
 * long enough to go on over its break); the values' own characters only go into the facts, and the steps take them
 * from the text at hand. TextShapesTest holds the reading of every corpus text against the steps replayed
 * on it with its values respelled.
 *
 * <p>Bounded: a shape is kept only when it comes a second time while its hash is still remembered (most shapes of an
 * export of hand-written tickets never recur), no shape longer than a page is kept, and when the memory is full it
 * starts again empty. Thread-safe: workers may race to keep a shape, and either copy is right.
 */
public final class TextShapes {

    /** How many shapes are kept at most: a few megabytes, shared by every worker. */
    private static final int SHAPES = 16_384;
    /** The longest shape kept, in characters. */
    private static final int LONGEST = 4_000;
    /** How many hashes of shapes met once are remembered (a power of two). */
    private static final int SIGHTINGS = 32_768;
    /** Marks the start of a value in a shape, and of a word: neither comes in a text that is read by shape. */
    private static final char VALUE = '\u0000';
    private static final char WORD = '\u0001';
    /**
     * Marks where a sentence starts: whether a line break ends one depends on how long the lines are ({@link Segments}),
     * and so on the length of the values in them.
     */
    private static final char SENTENCE = '\u0002';

    private final ConcurrentHashMap<String, FactSteps> kept = new ConcurrentHashMap<>();
    /** The hashes of shapes met once lately. */
    private final Sightings sightings = new Sightings(SIGHTINGS);

    /**
     * The shape of a text, or null when it is not read by shape: a text with no value (its shape would be the text,
     * which {@link RecentTexts} remembers as it is), one too long, or one that holds the marks a shape is written with.
     */
    String shapeOf(NormalisedText text, List<Token> tokens, Segments segments, TextExtractor extractor) {
        String original = text.original();
        if (original.length() > LONGEST || original.indexOf(VALUE) >= 0 || original.indexOf(WORD) >= 0
                || original.indexOf(SENTENCE) >= 0 || !hasValue(tokens)) {
            return null;
        }
        ShapeChars shape = new ShapeChars(original.length() + 4 * tokens.size() + 16);
        int after = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (i > 0 && segments.sentenceOf(i) != segments.sentenceOf(i - 1)) {
                shape.add(SENTENCE);
            }
            int start = text.originalIndex(token.start());
            int end = text.originalIndex(token.end() - 1) + 1;
            shape.add(original, after, start);
            if (token.isValue()) {
                shape.add(VALUE);
                shape.add((char) ('A' + token.kind().ordinal()));
                String seen = extractor.valueShape(token, TextExtractor.valueStem(token));
                shape.add(seen, 0, seen.length());
                shape.add(VALUE);
            } else {
                shape.add(WORD);
                shape.add(token.hostLike() ? 'h' : 'w');
                shape.add(original, start, end);
            }
            after = end;
        }
        shape.add(original, after, original.length());
        return shape.toString();
    }

    private static boolean hasValue(List<Token> tokens) {
        for (Token token : tokens) {
            if (token.isValue()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The characters of a shape as it is written: spans of the text are copied whole (a StringBuilder copies a span
     * of a String one checked character at a time: some 3% of a million-incident run's samples).
     */
    private static final class ShapeChars {
        private char[] chars;
        private int length;

        ShapeChars(int capacity) {
            this.chars = new char[capacity];
        }

        void add(char c) {
            room(1);
            chars[length++] = c;
        }

        void add(String text, int from, int to) {
            room(to - from);
            text.getChars(from, to, chars, length);
            length += to - from;
        }

        private void room(int more) {
            if (length + more > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
            }
        }

        @Override
        public String toString() {
            return new String(chars, 0, length);
        }
    }

    /** The steps that texts of a shape take, or null when the shape is not one kept. */
    FactSteps stepsOf(String shape) {
        return kept.get(shape);
    }

    /** Whether the steps of a shape just read are worth keeping: it came before while its hash was remembered. */
    boolean worthKeeping(String shape) {
        return sightings.seenBefore(shape.hashCode());
    }

    /** Keeps the steps of a shape, starting again empty when the memory is full. */
    void keep(String shape, FactSteps steps) {
        if (kept.size() >= SHAPES) {
            kept.clear();
        }
        kept.put(shape, steps);
    }
}
