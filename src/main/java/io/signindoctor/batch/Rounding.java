package io.signindoctor.batch;

/** Confidences to three decimals, as the diagnosis JSON has them, so the same export always gives the same bytes. */
final class Rounding {

    private Rounding() {
    }

    static double of(double confidence) {
        return Math.round(confidence * 1000) / 1000.0;
    }
}
