package io.signindoctor.resemble;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scores one case's texts (the text columns of an incident, a ticket) with a {@link ResemblanceModel}: every feature
 * the model knows counts once however often it occurs, all of them weighing 1/sqrt(n) for n such features, as in
 * training; the labels' sums go through a softmax. Each cause whose probability reaches the model's floor is a
 * {@link Likeness}, with the few words that weigh most for it rather than for another label. Keeps its buffers from one case to the next, so a
 * batch worker allocates nothing per incident while nothing resembles; one per thread.
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
    private final int labelCount;
    private final int[] seenIn;
    private int serial;
    private final List<String> fields = new ArrayList<>();
    private final List<CharSequence> texts = new ArrayList<>();
    private int count;
    private int[] rows = new int[64];
    private int[] fieldOf = new int[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    private final float[] sums;
    private final FeatureSink sink = this::feature;
    private int currentField;

    TextScorer(ResemblanceModel model) {
        this.model = model;
        this.labelCount = model.labels().size();
        this.seenIn = new int[model.featureCount()];
        this.sums = new float[labelCount];
    }

    /** Forgets the texts read so far: the next text read is the first of a new case. */
    public void clear() {
        serial++;
        if (serial == 0) {
            Arrays.fill(seenIn, 0);
            serial = 1;
        }
        count = 0;
        fields.clear();
        texts.clear();
    }

    /** Reads one more text of the case; a null or empty text adds nothing. */
    public void read(String field, CharSequence text) {
        if (text == null || text.isEmpty() || labelCount == 0) {
            return;
        }
        if (serial == 0) {
            serial = 1;
        }
        currentField = fields.size();
        fields.add(field);
        texts.add(text);
        Features.read(text, sink);
    }

    private void feature(long key, int start, int end) {
        int row = model.rowOf(key);
        if (row < 0 || seenIn[row] == serial) {
            return;
        }
        seenIn[row] = serial;
        if (count == rows.length) {
            int size = count * 2;
            rows = Arrays.copyOf(rows, size);
            fieldOf = Arrays.copyOf(fieldOf, size);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
        }
        rows[count] = row;
        fieldOf[count] = currentField;
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /** The causes the texts read since {@link #clear} resemble, at or above the model's floor, likeliest first. */
    public List<Likeness> likenesses() {
        if (count == 0) {
            return List.of();
        }
        double[] probabilities = probabilities();
        List<Likeness> found = new ArrayList<>(2);
        for (int label = 0; label < labelCount; label++) {
            if (model.isCause(label) && probabilities[label] >= model.floor()) {
                found.add(likeness(label, probabilities[label]));
            }
        }
        found.sort((a, b) -> Double.compare(b.probability(), a.probability()));
        return found;
    }

    /** Every label's probability for the texts read since {@link #clear}, in the model's order of labels. */
    public double[] probabilities() {
        Arrays.fill(sums, 0f);
        for (int i = 0; i < count; i++) {
            model.addRow(rows[i], sums);
        }
        double scale = count == 0 ? 0 : 1 / Math.sqrt(count);
        double[] z = new double[labelCount];
        double max = Double.NEGATIVE_INFINITY;
        for (int label = 0; label < labelCount; label++) {
            z[label] = model.bias(label) + scale * sums[label];
            max = Math.max(max, z[label]);
        }
        double total = 0;
        for (int label = 0; label < labelCount; label++) {
            z[label] = StrictMath.exp(z[label] - max);
            total += z[label];
        }
        for (int label = 0; label < labelCount; label++) {
            z[label] /= total;
        }
        return z;
    }

    private Likeness likeness(int label, double probability) {
        int[] chosen = new int[WORDS];
        int chosenCount = 0;
        boolean[] used = new boolean[count];
        float[] lift = new float[count];
        for (int i = 0; i < count; i++) {
            lift[i] = lift(rows[i], label);
        }
        while (chosenCount < WORDS) {
            int best = -1;
            for (int i = 0; i < count; i++) {
                if (!used[i] && lift[i] > 0 && !overlaps(i, chosen, chosenCount)
                        && (best < 0 || lift[i] > lift[best])) {
                    best = i;
                }
            }
            if (best < 0) {
                break;
            }
            used[best] = true;
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

    /**
     * How much more a feature weighs for the label than for any other: a word common to many labels ("sign", "new")
     * weighs for each, and says nothing about why this one.
     */
    private float lift(int row, int label) {
        float other = Float.NEGATIVE_INFINITY;
        for (int l = 0; l < labelCount; l++) {
            if (l != label) {
                other = Math.max(other, model.weight(row, l));
            }
        }
        return model.weight(row, label) - other;
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
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
