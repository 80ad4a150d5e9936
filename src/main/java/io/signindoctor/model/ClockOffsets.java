package io.signindoctor.model;

/** How far a server's clock is from this machine's, worded the same way wherever a fact shows it. */
final class ClockOffsets {

    private ClockOffsets() {
    }

    static String describe(int seconds) {
        if (seconds == 0) {
            return "agrees with this machine's";
        }
        return Math.abs(seconds) + " s " + (seconds > 0 ? "ahead of" : "behind") + " this machine's";
    }
}
