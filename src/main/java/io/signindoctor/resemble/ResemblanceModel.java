package io.signindoctor.resemble;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A multinomial logistic regression over the {@link Features} of a ticket, trained at build time on the labelled
 * corpus (io.signindoctor.build.ResemblanceTrainer): for each label, a weight per feature and a bias. Each label is
 * a cause, an advisory or {@code none}; causes and {@code none} become evidence (for a cause; against the causes the
 * rules found), the advisories are there so that a text like them does not resemble a cause for want of a better
 * match. The floor is the least probability of a cause that is reported, the none floor the least of {@code none}:
 * the one rule that reads {@code none} (RES-002) weighs it only when the model is surer of it than of a cause, and a
 * fact no rule weighs would only cost the batch its verdict cache.
 *
 * <p>The model is kept as sparse rows ({@link WeightRows}), and scored as dense ones: a feature's hash finds its row in
 * a {@link FeatureTable}, which adds the row's weights to the labels' sums. For the words a resemblance cites, each row also
 * knows the one label it weighs most for and by how much more than for any other, worked out here once.
 */
public final class ResemblanceModel {

    /** Where the build writes the built-in model, inside the jar. */
    public static final String BUILT_IN = "META-INF/signin-doctor/resemblance.model";
    /** What --resemblance-model takes for no model at all. */
    public static final String NONE = "none";
    /** The label of texts about no documented cause. */
    public static final String NO_CAUSE = "none";

    /** What one of the sums {@link #addTo} adds up is worth. */
    static final double UNIT = 1.0 / (1 << FeatureTable.FRACTION_BITS);

    private static final int MAGIC = 0x5344524d; // "SDRM"
    private static final int VERSION = 3;

    /** No labels at all: resembles nothing, for a run that weighs no resemblance. */
    public static final ResemblanceModel EMPTY = new ResemblanceModel(List.of(), new boolean[0], 1f, 1f, "",
            WordTranslations.NONE, new long[0], new float[0], WeightRows.ofDense(new float[0], 0, 0));

    private final List<String> labels;
    private final boolean[] isCause;
    private final boolean[] isReported;
    private final float floor;
    private final float noneFloor;
    private final String trainedOn;
    private final WordTranslations translations;
    private final long[] keys;
    private final float[] bias;
    private final WeightRows rows;
    private final FeatureTable table;
    private final byte[] strongestLabel;
    private final float[] lead;

    /**
     * @param translations the foreign words the features read as English ones, as in training
     * @param keys the features' hashes, one per row of weights
     * @param rows the weights, a row per feature
     */
    public ResemblanceModel(List<String> labels, boolean[] isCause, float floor, float noneFloor, String trainedOn,
            WordTranslations translations, long[] keys, float[] bias, WeightRows rows) {
        if (isCause.length != labels.size() || bias.length != labels.size() || rows.rowCount() != keys.length
                || labels.size() > WeightRows.MAX_LABELS) {
            throw new IllegalArgumentException("the model's sizes do not agree");
        }
        for (byte label : rows.labels()) {
            if (label < 0 || label >= labels.size()) {
                throw new IllegalArgumentException("a weight for label " + label + " of " + labels.size());
            }
        }
        this.labels = List.copyOf(labels);
        this.isCause = isCause.clone();
        this.isReported = new boolean[labels.size()];
        for (int label = 0; label < labels.size(); label++) {
            isReported[label] = isCause[label] || labels.get(label).equals(NO_CAUSE);
        }
        this.floor = floor;
        this.noneFloor = noneFloor;
        this.trainedOn = trainedOn;
        this.translations = translations;
        this.keys = keys;
        this.bias = bias;
        this.rows = rows;
        this.table = new FeatureTable(keys, rows, labels.size());
        this.strongestLabel = new byte[keys.length];
        this.lead = new float[keys.length];
        for (int row = 0; row < keys.length; row++) {
            findLead(row);
        }
    }

    /**
     * The label a row weighs most for and its lead over the next (a label the row keeps no weight for weighs 0): a
     * word common to many labels ("sign", "new") leads for none of them by much, and says nothing about why one.
     */
    private void findLead(int row) {
        int[] starts = rows.starts();
        float best = Float.NEGATIVE_INFINITY;
        float next = starts[row + 1] - starts[row] < labels.size() ? 0 : Float.NEGATIVE_INFINITY;
        int bestLabel = -1;
        for (int entry = starts[row]; entry < starts[row + 1]; entry++) {
            float weight = rows.weights()[entry];
            if (weight > best) {
                next = Math.max(next, best);
                best = weight;
                bestLabel = rows.labels()[entry];
            } else {
                next = Math.max(next, weight);
            }
        }
        strongestLabel[row] = (byte) bestLabel;
        lead[row] = bestLabel < 0 ? 0 : Math.max(0, best - next);
    }

    /** The model the build trained, from the class path; the empty model when the jar has none. */
    public static ResemblanceModel builtIn() {
        try (InputStream in = ResemblanceModel.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            return in == null ? EMPTY : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in resemblance model " + BUILT_IN, e);
        }
    }

    /** A model written by the trainer to a file. */
    public static ResemblanceModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    static ResemblanceModel read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(stream);
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IllegalArgumentException("not a resemblance model of this version (written by "
                    + "io.signindoctor.build.ResemblanceTrainer)");
        }
        float floor = in.readFloat();
        float noneFloor = in.readFloat();
        String trainedOn = in.readUTF();
        int labelCount = in.readInt();
        List<String> labels = new ArrayList<>(labelCount);
        boolean[] isCause = new boolean[labelCount];
        for (int i = 0; i < labelCount; i++) {
            labels.add(in.readUTF());
            isCause[i] = in.readBoolean();
        }
        int translated = in.readInt();
        long[] from = new long[translated];
        long[] to = new long[translated];
        for (int i = 0; i < translated; i++) {
            from[i] = in.readLong();
            to[i] = in.readLong();
        }
        int rowCount = in.readInt();
        int entries = in.readInt();
        ByteBuffer data = ByteBuffer.wrap(in.readNBytes(rowCount * 8 + labelCount * 4 + (rowCount + 1) * 4
                + entries * 5));
        long[] keys = new long[rowCount];
        data.asLongBuffer().get(keys);
        data.position(data.position() + rowCount * 8);
        float[] bias = new float[labelCount];
        data.asFloatBuffer().get(bias);
        data.position(data.position() + labelCount * 4);
        int[] starts = new int[rowCount + 1];
        data.asIntBuffer().get(starts);
        data.position(data.position() + (rowCount + 1) * 4);
        float[] weights = new float[entries];
        data.asFloatBuffer().get(weights);
        data.position(data.position() + entries * 4);
        byte[] entryLabels = new byte[entries];
        data.get(entryLabels);
        return new ResemblanceModel(labels, isCause, floor, noneFloor, trainedOn, new WordTranslations(from, to), keys,
                bias, new WeightRows(starts, entryLabels, weights));
    }

    /** The model as the trainer writes it: the same model always gives the same bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeFloat(floor);
            out.writeFloat(noneFloor);
            out.writeUTF(trainedOn);
            out.writeInt(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                out.writeUTF(labels.get(i));
                out.writeBoolean(isCause[i]);
            }
            long[] from = translations.from();
            long[] to = translations.to();
            out.writeInt(from.length);
            for (int i = 0; i < from.length; i++) {
                out.writeLong(from[i]);
                out.writeLong(to[i]);
            }
            int entries = rows.entryCount();
            out.writeInt(keys.length);
            out.writeInt(entries);
            ByteBuffer data = ByteBuffer.allocate(keys.length * 8 + bias.length * 4 + (keys.length + 1) * 4
                    + entries * 5);
            data.asLongBuffer().put(keys);
            data.position(data.position() + keys.length * 8);
            data.asFloatBuffer().put(bias);
            data.position(data.position() + bias.length * 4);
            data.asIntBuffer().put(rows.starts());
            data.position(data.position() + (keys.length + 1) * 4);
            data.asFloatBuffer().put(rows.weights());
            data.position(data.position() + entries * 4);
            data.put(rows.labels());
            out.write(data.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    /** A scorer of texts by this model; not thread-safe, so one per thread. */
    public TextScorer scorer() {
        return new TextScorer(this);
    }

    public List<String> labels() {
        return labels;
    }

    public boolean isCause(int label) {
        return isCause[label];
    }

    /** Whether a label's resemblance is reported: a cause's, and {@code none}'s as evidence against causes. */
    boolean isReported(int label) {
        return isReported[label];
    }

    /** The least probability of a cause that is reported as a resemblance. */
    public float floor() {
        return floor;
    }

    /** The least probability of {@code none} that is reported. */
    public float noneFloor() {
        return noneFloor;
    }

    /** The least probability of a label that is reported. */
    float floorOf(int label) {
        return isCause[label] ? floor : noneFloor;
    }

    /** What the model was trained on, in a few words, for --help and the documentation. */
    public String trainedOn() {
        return trainedOn;
    }

    /** The foreign words its features read as English ones. */
    public WordTranslations translations() {
        return translations;
    }

    /** How many features the model knows. */
    public int featureCount() {
        return keys.length;
    }

    /** How many weights it keeps over all features and labels. */
    public int weightCount() {
        return rows.entryCount();
    }

    float bias(int label) {
        return bias[label];
    }

    /** The layout of the weights the scorer adds up. */
    FeatureTable table() {
        return table;
    }

    /** The label a feature weighs most for. */
    int strongestLabel(int row) {
        return strongestLabel[row];
    }

    /** How much more the feature weighs for its strongest label than for any other. */
    float lead(int row) {
        return lead[row];
    }

}
