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
import java.util.Arrays;
import java.util.List;

/**
 * A multinomial logistic regression over the {@link Features} of a ticket, trained at build time on the labelled
 * corpus (io.signindoctor.build.ResemblanceTrainer): for each label, a weight per feature and a bias. Each label is
 * a cause, an advisory or {@code none}; only causes become evidence, the others are there so that a text like them
 * does not resemble a cause for want of a better match. The floor is the least probability that is reported.
 *
 * <p>Features are kept by their hash in an open-addressing table, so looking one up costs a multiplication and a
 * probe or two; the weights are one float array, a row of one weight per label for each feature.
 */
public final class ResemblanceModel {

    /** Where the build writes the built-in model, inside the jar. */
    public static final String BUILT_IN = "META-INF/signin-doctor/resemblance.model";
    /** What --resemblance-model takes for no model at all. */
    public static final String NONE = "none";

    private static final int MAGIC = 0x5344524d; // "SDRM"
    private static final int VERSION = 1;

    /** No labels at all: resembles nothing, for a run that weighs no resemblance. */
    public static final ResemblanceModel EMPTY = new ResemblanceModel(List.of(), new boolean[0], 1f, "",
            new long[0], new float[0], new float[0]);

    private final List<String> labels;
    private final boolean[] isCause;
    private final float floor;
    private final String trainedOn;
    private final long[] keys;
    private final float[] bias;
    private final float[] weights;
    private final long[] table;
    private final int[] tableRows;
    private final int mask;

    /**
     * @param keys the features' hashes, one per row of weights
     * @param weights row after row, one weight per label
     */
    public ResemblanceModel(List<String> labels, boolean[] isCause, float floor, String trainedOn, long[] keys,
            float[] bias, float[] weights) {
        if (isCause.length != labels.size() || bias.length != labels.size()
                || weights.length != keys.length * labels.size()) {
            throw new IllegalArgumentException("the model's sizes do not agree");
        }
        this.labels = List.copyOf(labels);
        this.isCause = isCause.clone();
        this.floor = floor;
        this.trainedOn = trainedOn;
        this.keys = keys.clone();
        this.bias = bias.clone();
        this.weights = weights.clone();
        int capacity = Integer.highestOneBit(Math.max(1, keys.length) * 2) * 2;
        this.table = new long[capacity];
        this.tableRows = new int[capacity];
        Arrays.fill(tableRows, -1);
        this.mask = capacity - 1;
        for (int row = 0; row < keys.length; row++) {
            int slot = slot(keys[row]);
            while (tableRows[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = keys[row];
            tableRows[slot] = row;
        }
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
        String trainedOn = in.readUTF();
        int labelCount = in.readInt();
        List<String> labels = new ArrayList<>(labelCount);
        boolean[] isCause = new boolean[labelCount];
        for (int i = 0; i < labelCount; i++) {
            labels.add(in.readUTF());
            isCause[i] = in.readBoolean();
        }
        int rows = in.readInt();
        ByteBuffer data = ByteBuffer.wrap(in.readNBytes(rows * 8 + labelCount * 4 + rows * labelCount * 4));
        long[] keys = new long[rows];
        data.asLongBuffer().get(keys);
        data.position(rows * 8);
        float[] bias = new float[labelCount];
        data.asFloatBuffer().get(bias);
        data.position(rows * 8 + labelCount * 4);
        float[] weights = new float[rows * labelCount];
        data.asFloatBuffer().get(weights);
        return new ResemblanceModel(labels, isCause, floor, trainedOn, keys, bias, weights);
    }

    /** The model as the trainer writes it: the same model always gives the same bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeFloat(floor);
            out.writeUTF(trainedOn);
            out.writeInt(labels.size());
            for (int i = 0; i < labels.size(); i++) {
                out.writeUTF(labels.get(i));
                out.writeBoolean(isCause[i]);
            }
            out.writeInt(keys.length);
            ByteBuffer data = ByteBuffer.allocate(keys.length * 8 + bias.length * 4 + weights.length * 4);
            data.asLongBuffer().put(keys);
            data.position(keys.length * 8);
            data.asFloatBuffer().put(bias);
            data.position(keys.length * 8 + bias.length * 4);
            data.asFloatBuffer().put(weights);
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

    /** The least probability of a cause that is reported as a resemblance. */
    public float floor() {
        return floor;
    }

    /** What the model was trained on, in a few words, for --help and the documentation. */
    public String trainedOn() {
        return trainedOn;
    }

    /** How many features the model knows. */
    public int featureCount() {
        return keys.length;
    }

    float bias(int label) {
        return bias[label];
    }

    float weight(int row, int label) {
        return weights[row * labels.size() + label];
    }

    /** Adds a feature's row of weights to the labels' sums. */
    void addRow(int row, float[] sums) {
        int offset = row * sums.length;
        for (int label = 0; label < sums.length; label++) {
            sums[label] += weights[offset + label];
        }
    }

    /** The row of a feature, or -1 when the model does not know it. */
    int rowOf(long key) {
        int slot = slot(key);
        while (true) {
            int row = tableRows[slot];
            if (row < 0 || table[slot] == key) {
                return row;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slot(long key) {
        return (int) (key ^ (key >>> 32)) & mask;
    }
}
