package io.signindoctor.build;

/**
 * Fits a multinomial logistic regression by full-batch gradient descent on sparse binary features: each text is the
 * list of its distinct features' rows, each weighing 1/sqrt(n) for n such features (so a long text does not outweigh
 * a short one), with an L2 penalty on the weights. Every sum is taken in the same order on every run, in doubles, so
 * the same texts always give the same weights to the last bit.
 */
final class SoftmaxRegression {

    /** The fitted weights: a row of one weight per label for each feature, and a bias per label. */
    record Fit(float[] weights, float[] bias) {
    }

    private final double l2;
    private final int steps;
    private final double rate;
    private final double momentum;

    SoftmaxRegression(double l2, int steps, double rate, double momentum) {
        this.l2 = l2;
        this.steps = steps;
        this.rate = rate;
        this.momentum = momentum;
    }

    /**
     * @param texts the rows of each text's distinct features
     * @param labels each text's label
     */
    Fit fit(int[][] texts, int[] labels, int rowCount, int labelCount) {
        int n = texts.length;
        int size = rowCount * labelCount;
        double[] weights = new double[size];
        double[] bias = new double[labelCount];
        double[] gradient = new double[size];
        double[] biasGradient = new double[labelCount];
        double[] velocity = new double[size];
        double[] biasVelocity = new double[labelCount];
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            scale[i] = texts[i].length == 0 ? 0 : 1 / Math.sqrt(texts[i].length);
        }
        double[] z = new double[labelCount];
        double[] scaled = new double[labelCount];
        for (int step = 0; step < steps; step++) {
            java.util.Arrays.fill(gradient, 0);
            java.util.Arrays.fill(biasGradient, 0);
            for (int i = 0; i < n; i++) {
                int[] rows = texts[i];
                java.util.Arrays.fill(z, 0);
                for (int row : rows) {
                    int offset = row * labelCount;
                    for (int label = 0; label < labelCount; label++) {
                        z[label] += weights[offset + label];
                    }
                }
                for (int label = 0; label < labelCount; label++) {
                    z[label] = bias[label] + scale[i] * z[label];
                }
                softmax(z);
                z[labels[i]] -= 1;
                for (int label = 0; label < labelCount; label++) {
                    biasGradient[label] += z[label];
                    scaled[label] = scale[i] * z[label];
                }
                for (int row : rows) {
                    int offset = row * labelCount;
                    for (int label = 0; label < labelCount; label++) {
                        gradient[offset + label] += scaled[label];
                    }
                }
            }
            for (int k = 0; k < size; k++) {
                velocity[k] = momentum * velocity[k] - rate * (gradient[k] + l2 * weights[k]) / n;
                weights[k] += velocity[k];
            }
            for (int label = 0; label < labelCount; label++) {
                biasVelocity[label] = momentum * biasVelocity[label] - rate * biasGradient[label] / n;
                bias[label] += biasVelocity[label];
            }
        }
        float[] fittedWeights = new float[size];
        for (int k = 0; k < size; k++) {
            fittedWeights[k] = (float) weights[k];
        }
        float[] fittedBias = new float[labelCount];
        for (int label = 0; label < labelCount; label++) {
            fittedBias[label] = (float) bias[label];
        }
        return new Fit(fittedWeights, fittedBias);
    }

    private static void softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double value : z) {
            max = Math.max(max, value);
        }
        double total = 0;
        for (int label = 0; label < z.length; label++) {
            z[label] = StrictMath.exp(z[label] - max);
            total += z[label];
        }
        for (int label = 0; label < z.length; label++) {
            z[label] /= total;
        }
    }
}
