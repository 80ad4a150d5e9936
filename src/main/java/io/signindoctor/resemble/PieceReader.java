package io.signindoctor.resemble;

import java.util.Arrays;

/**
 * Finds the features of a text that a model knows piece by piece ({@link TextPieces}), reading in full only the
 * pieces it did not read lately and giving the others the features remembered for them ({@link PieceMemory}): an
 * export's texts are mostly unique, for the values in them, but are written with the same sentences again and again.
 * Classify reads every text of an export this way, so a sentence costs the scorer a look-up rather than a reading.
 *
 * <p>Each piece's known features come each row once, in the order the rows first occur in the piece, with the
 * characters they were read from counted from the piece's first one, and with the sum of the rows' weights when it
 * was kept: the text's features are the pieces' one after the other, each shifted by where its piece starts. Not
 * thread-safe: one per scorer.
 */
final class PieceReader {

    /** Receives the known features of a text piece by piece. */
    @FunctionalInterface
    interface PieceSink {

        /**
         * @param found the piece's known features in found[first, end): row, start and end of each, each row once,
         *     start and end counted from the piece's first character
         * @param offset where the piece starts in the text
         * @param sums the sum of the rows' weights in sums[sumAt, sumAt + labels), when sumAt is not -1
         */
        void piece(int[] found, int first, int end, int offset, int[] sums, int sumAt);
    }

    private final Features features;
    private final FeatureTable table;
    private final int labelCount;
    private final PieceMemory memory = new PieceMemory();
    private final TextPieces pieces = new TextPieces();
    /** The characters of the text being read, where pieces are found and compared fastest. */
    private char[] characters = new char[1024];
    /** Per row, the number of the piece it was last found in, so that a piece gives each of its rows once. */
    private final long[] seenIn;
    private long pieceNumber;
    private int pieceStart;
    /** The known features of the piece being read, as {@link PieceSink#piece} takes them. */
    private int[] found = new int[3 * 64];
    private int foundCount;
    private final FeatureSink sink = this::feature;

    PieceReader(Features features, ResemblanceModel model) {
        this.features = features;
        this.table = model.table();
        this.labelCount = model.labels().size();
        this.seenIn = new long[model.featureCount()];
    }

    /** Gives the known features of each piece of the text to the sink, piece after piece. */
    void read(CharSequence text, PieceSink into) {
        int length = text.length();
        if (characters.length < length) {
            characters = new char[Math.max(length, characters.length * 2)];
        }
        if (text instanceof String string) {
            string.getChars(0, length, characters, 0);
        } else {
            for (int k = 0; k < length; k++) {
                characters[k] = text.charAt(k);
            }
        }
        pieces.cut(characters, length);
        while (pieces.next()) {
            int start = pieces.start();
            int end = pieces.end();
            long hash = pieces.hash();
            int slot = memory.find(characters, start, end, hash);
            if (slot >= 0) {
                into.piece(memory.features(), memory.firstFeature(slot), memory.featureEnd(slot), start,
                        memory.features(), memory.firstSum(slot));
                continue;
            }
            pieceNumber++;
            pieceStart = start;
            foundCount = 0;
            features.read(text, start, end, sink);
            if (memory.worthKeeping(end - start, hash)) {
                memory.keep(characters, start, end, hash, found, foundCount, sumOfRows());
            }
            into.piece(found, 0, foundCount, start, null, -1);
        }
    }

    /** Notes a known feature of the piece being read the first time its row occurs in the piece. */
    private void feature(long key, int start, int end) {
        int row = table.find(key);
        if (row < 0 || seenIn[row] == pieceNumber) {
            return;
        }
        seenIn[row] = pieceNumber;
        if (foundCount == found.length) {
            found = Arrays.copyOf(found, foundCount * 2);
        }
        found[foundCount++] = row;
        found[foundCount++] = start - pieceStart;
        found[foundCount++] = end - pieceStart;
    }

    /**
     * The sum of the weights of the rows of the piece just read, or null when it has none or too many to add up in
     * ints ({@link LabelSums#addSum}).
     */
    private int[] sumOfRows() {
        int rowCount = foundCount / 3;
        if (rowCount == 0 || rowCount > LabelSums.MOST_ROWS_SUMMED) {
            return null;
        }
        int[] sum = new int[labelCount];
        for (int at = 0; at < foundCount; at += 3) {
            table.addTo(found[at], sum);
        }
        return sum;
    }
}
