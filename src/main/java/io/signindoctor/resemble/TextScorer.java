package io.signindoctor.resemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores one case's texts (the text columns of an incident, a ticket) with a {@link ResemblanceModel}: every feature
 * the model knows counts once however often it occurs, all of them weighing 1/sqrt(n) for n such features, as in
 * training; the labels' sums go through a softmax. Each cause whose probability reaches the model's floor, and
 * {@code none} when it reaches the none floor, is a {@link Likeness}, with the few words that weigh most for it rather
 * than for another label.
 *
 * <p>Most tickets of an export resemble no label that closely, and the softmax is not needed to know it: a label's
 * probability is at most e^z / (e^z + e^z'), z' the largest sum of the other labels, so a label whose sum does not lead
 * the next by logit(floor) cannot reach the floor, and no exponential is taken for it. Keeps its buffers from one case
 * to the next, and the features of the pieces of text it read lately; one per thread.
 */
public final class TextScorer {

    /**
     * Probabilities are reported in steps of 0.05: the model does not know a cause more finely than that, and classify
     * reuses the verdict of an incident whose facts say the same, which a third decimal would rarely allow.
     */
    public static final double STEP = 0.05;
    /** How many words a likeness cites. */
    static final int WORDS = 3;

    private final ResemblanceModel model;
    private final FeatureTable table;
    private final int labelCount;
    /**
     * Per row, the number of the text it was last found in. Texts are numbered from 1 over the scorer's life, so a
     * row was found in the current case when its number is at least {@link #firstText}, in the current text when it is
     * {@link #textNumber}; a long never runs out.
     */
    private final long[] seenIn;
    private long firstText = 1;
    private long textNumber;
    /**
     * Reads the texts piece by piece, remembering the pieces read lately, or null when every text is read in full.
     * Giving a text the features remembered for its pieces is exact: which rows of the model a piece's words and pairs
     * of words find, in which order and at which characters, depends on the piece and the model alone
     * ({@link TextPieces} says why a piece reads alike alone and in its text); what depends on the case (which rows
     * its earlier texts and pieces already added) is settled anew as each piece's features are added, a row being
     * added at its first occurrence in the text, as when the text is read whole.
     */
    private final PieceReader pieceReader;
    private final List<String> fields = new ArrayList<>();
    private final List<CharSequence> texts = new ArrayList<>();
    private int count;
    private int[] rows = new int[64];
    private int[] fieldOf = new int[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    /** The features that lead for the label a likeness is being made for. */
    private int[] candidates = new int[64];
    /** The labels' sums of the features read so far. */
    private final LabelSums sums;
    /** How far each label's sum must lead every other's for its probability to reach its floor: logit(floor). */
    private final double[] leastLead;
    private final FeatureSink textSink = this::textFeature;
    private final PieceReader.PieceSink pieceSink = this::addPiece;
    private final Features features;
    private int currentField;

    TextScorer(ResemblanceModel model) {
        this(model, true);
    }

    /**
     * @param remembers whether pieces of text read lately are remembered; a scorer that does not reads every text in
     *     full, which the one that does must equal
     */
    TextScorer(ResemblanceModel model, boolean remembers) {
        this.model = model;
        this.labelCount = model.labels().size();
        this.seenIn = new long[model.featureCount()];
        this.features = new Features(model.translations());
        this.pieceReader = remembers ? new PieceReader(features, model) : null;
        this.table = model.table();
        this.sums = new LabelSums(labelCount);
        this.leastLead = new double[labelCount];
        for (int label = 0; label < labelCount; label++) {
            double floor = model.floorOf(label);
            leastLead[label] = floor <= 0 ? Double.NEGATIVE_INFINITY
                    : floor >= 1 ? Double.POSITIVE_INFINITY : Math.log(floor / (1 - floor));
        }
    }

    /** Forgets the texts read so far: the next text read is the first of a new case. */
    public void clear() {
        firstText = textNumber + 1;
        count = 0;
        sums.clear();
        fields.clear();
        texts.clear();
    }

    /**
     * Reads one more text of the case; a null or empty text adds nothing. The text is read piece by piece, and only
     * its pieces not read lately are read in full.
     */
    public void read(String field, CharSequence text) {
        if (text == null || text.isEmpty() || labelCount == 0) {
            return;
        }
        currentField = fields.size();
        fields.add(field);
        texts.add(text);
        textNumber++;
        if (pieceReader == null) {
            features.read(text, textSink);
        } else {
            pieceReader.read(text, pieceSink);
        }
    }

    /** Adds a known feature of the text to the case the first time its row occurs in the text. */
    private void textFeature(long key, int start, int end) {
        int row = table.find(key);
        if (row >= 0 && seenIn[row] != textNumber) {
            addToCase(row, start, end, true);
        }
    }

    /**
     * Adds the known features of a piece of the text to the case, each row the first time it occurs in the text
     * ({@link PieceReader.PieceSink#piece} says what it takes). When the sum of the rows' weights was kept and fewer
     * than half of the rows are in the case already, the sum is added at once and the weights of those rows taken off
     * again: the sum is one row's worth of memory to fetch, where its rows are scattered over the model, and the rows
     * already in the case were fetched moments ago. The labels' sums are whole numbers, the same whichever way they
     * are added up.
     */
    private void addPiece(int[] found, int first, int end, int offset, int[] sum, int sumAt) {
        if (sumAt < 0 || 2 * rowsInCase(found, first, end) >= (end - first) / 3) {
            for (int k = first; k < end; k += 3) {
                int row = found[k];
                if (seenIn[row] != textNumber) {
                    addToCase(row, found[k + 1] + offset, found[k + 2] + offset, true);
                }
            }
            return;
        }
        sums.addSum(sum, sumAt, (end - first) / 3);
        for (int k = first; k < end; k += 3) {
            int row = found[k];
            long seen = seenIn[row];
            if (seen >= firstText) {
                sums.subtract(table, row);
            }
            if (seen != textNumber) {
                addToCase(row, found[k + 1] + offset, found[k + 2] + offset, false);
            }
        }
    }

    /** How many rows of found[first, end) are in the case already. */
    private int rowsInCase(int[] found, int first, int end) {
        int inCase = 0;
        for (int k = first; k < end; k += 3) {
            if (seenIn[found[k]] >= firstText) {
                inCase++;
            }
        }
        return inCase;
    }

    /**
     * Adds a feature of the current text to the case: its weights to the sums the first time it occurs in the case,
     * while its row is fresh in the cache, unless they were added with its piece's.
     */
    private void addToCase(int row, int start, int end, boolean weigh) {
        boolean inCase = seenIn[row] >= firstText;
        seenIn[row] = textNumber;
        if (inCase) {
            return;
        }
        if (weigh) {
            sums.add(table, row);
        }
        if (count == rows.length) {
            int size = count * 2;
            rows = Arrays.copyOf(rows, size);
            fieldOf = Arrays.copyOf(fieldOf, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            candidates = new int[size];
        }
        rows[count] = row;
        fieldOf[count] = currentField;
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /**
     * The causes the texts read since {@link #clear} resemble at or above the model's floor, and {@code none} when
     * they resemble the tickets of no documented cause at or above the none floor, likeliest first.
     */
    public List<Likeness> likenesses() {
        if (count == 0) {
            return List.of();
        }
        double[] z = logits();
        int first = -1;
        int second = -1;
        for (int label = 0; label < labelCount; label++) {
            if (first < 0 || z[label] > z[first]) {
                second = first;
                first = label;
            } else if (second < 0 || z[label] > z[second]) {
                second = label;
            }
        }
        List<Likeness> found = null;
        double[] probabilities = null;
        for (int label = 0; label < labelCount; label++) {
            double rival = label == first ? (second < 0 ? Double.NEGATIVE_INFINITY : z[second]) : z[first];
            if (model.isReported(label) && z[label] - rival >= leastLead[label]) {
                probabilities = probabilities == null ? softmax(z) : probabilities;
                if (probabilities[label] >= model.floorOf(label)) {
                    found = found == null ? new ArrayList<>(2) : found;
                    found.add(likeness(label, probabilities[label]));
                }
            }
        }
        if (found == null) {
            return List.of();
        }
        if (found.size() > 1) {
            found.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        }
        return found;
    }

    /** Every label's probability for the texts read since {@link #clear}, in the model's order of labels. */
    public double[] probabilities() {
        return softmax(logits());
    }

    /** Each label's bias plus its known features' weights, scaled by 1/sqrt(their number). */
    private double[] logits() {
        double scale = count == 0 ? 0 : ResemblanceModel.UNIT / Math.sqrt(count);
        long[] totals = sums.totals();
        double[] z = new double[labelCount];
        for (int label = 0; label < labelCount; label++) {
            z[label] = model.bias(label) + scale * totals[label];
        }
        return z;
    }

    /**
     * Math.exp rather than StrictMath.exp, which costs several times more and was a third of the scorer's time: the
     * two may differ in the last bit, which cannot move a probability across a step of {@link #STEP} or the floor
     * except at an exact tie.
     */
    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : z) {
            max = Math.max(max, value);
        }
        double[] p = new double[z.length];
        double total = 0;
        for (int label = 0; label < z.length; label++) {
            p[label] = Math.exp(z[label] - max);
            total += p[label];
        }
        for (int label = 0; label < z.length; label++) {
            p[label] /= total;
        }
        return p;
    }

    private Likeness likeness(int label, double probability) {
        int[] chosen = new int[WORDS];
        int chosenCount = 0;
        int candidateCount = 0;
        for (int i = 0; i < count; i++) {
            if (model.strongestLabel(rows[i]) == label && model.lead(rows[i]) > 0) {
                candidates[candidateCount++] = i;
            }
        }
        while (chosenCount < WORDS) {
            int best = -1;
            for (int c = 0; c < candidateCount; c++) {
                int i = candidates[c];
                if (!isChosen(i, chosen, chosenCount) && !overlaps(i, chosen, chosenCount)
                        && (best < 0 || model.lead(rows[i]) > model.lead(rows[best]))) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            chosen[chosenCount++] = best;
        }
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < chosenCount; i++) {
            int feature = chosen[i];
            if (i > 0) {
                words.append(" | ");
            }
            words.append(texts.get(fieldOf[feature]), starts[feature], ends[feature]);
        }
        int first = chosenCount == 0 ? -1 : chosen[0];
        String field = first < 0 ? fields.get(0) : fields.get(fieldOf[first]);
        int line = first < 0 ? 0 : lineOf(texts.get(fieldOf[first]), starts[first]);
        double rounded = Math.round(probability / STEP) * STEP;
        return new Likeness(model.labels().get(label), Math.round(rounded * 100) / 100.0, field, line,
                words.toString());
    }

    private static boolean isChosen(int feature, int[] chosen, int chosenCount) {
        for (int i = 0; i < chosenCount; i++) {
            if (chosen[i] == feature) {
                return true;
            }
        }
        return false;
    }

    /** Whether a feature's words share a character with one already chosen, in the same text. */
    private boolean overlaps(int feature, int[] chosen, int chosenCount) {
        for (int i = 0; i < chosenCount; i++) {
            int other = chosen[i];
            if (fieldOf[other] == fieldOf[feature] && starts[feature] < ends[other] && starts[other] < ends[feature]) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(CharSequence text, int index) {
        int line = 0;
        if (text instanceof String string) {
            for (int at = string.indexOf('\n'); at >= 0 && at < index; at = string.indexOf('\n', at + 1)) {
                line++;
            }
            return line;
        }
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
