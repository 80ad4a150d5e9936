package io.signindoctor.extract;

import java.util.ArrayList;

/**
 * The tables a reading keeps per cue group and per reading of the catalogues, kept by each thread from one text to
 * the next instead of made anew for every text. They are as large as the catalogues (hundreds of groups and readings)
 * while a ticket's text touches a few dozen entries of them, so making and zeroing them for each text cost more than
 * reading most texts' words; here a text clears only the entries it touched.
 */
final class ReadingScratch {

    /** A list longer than this is not kept for the next text, so one huge text does not hold memory afterwards. */
    private static final int KEPT_OCCURRENCES = 1_024;

    private final TextExtractor extractor;
    /** Whether a cue group occurs in the text (by the extractor's group index). */
    final boolean[] groupFound;
    /** How many cue groups of each reading do not occur in the text yet. */
    final int[] missingGroups;
    /** The groups found in the text, to clear after it. */
    private int[] foundGroups = new int[32];
    private int foundGroupCount;
    /** Each reading's cue occurrences in token order, made for this text when made is set. */
    private final ArrayList<TextReading.Occurrence>[] occurrences;
    private final boolean[] made;
    /** The readings whose occurrences were made for the text, to clear after it. */
    private int[] madeReadings = new int[32];
    private int madeCount;
    /** Whether a reading of a text uses the tables now: a nested reading on the same thread gets tables of its own. */
    private boolean busy;

    @SuppressWarnings("unchecked")
    ReadingScratch(TextExtractor extractor) {
        this.extractor = extractor;
        this.groupFound = new boolean[extractor.groupCount()];
        this.missingGroups = extractor.groupsPerReading();
        this.occurrences = new ArrayList[missingGroups.length];
        this.made = new boolean[missingGroups.length];
    }

    /** Takes the tables for a text; false when they are taken already. */
    boolean take() {
        if (busy) {
            return false;
        }
        busy = true;
        return true;
    }

    /** Notes that a cue group occurs in the text; returns whether it is the first occurrence of the group. */
    boolean findGroup(int group) {
        if (groupFound[group]) {
            return false;
        }
        groupFound[group] = true;
        if (foundGroupCount == foundGroups.length) {
            foundGroups = java.util.Arrays.copyOf(foundGroups, foundGroupCount * 2);
        }
        foundGroups[foundGroupCount++] = group;
        return true;
    }

    /** Whether the reading's occurrences were made for this text. */
    boolean made(int reading) {
        return made[reading];
    }

    /** The reading's occurrence list, empty and marked made for this text. */
    ArrayList<TextReading.Occurrence> make(int reading) {
        made[reading] = true;
        if (madeCount == madeReadings.length) {
            madeReadings = java.util.Arrays.copyOf(madeReadings, madeCount * 2);
        }
        madeReadings[madeCount++] = reading;
        ArrayList<TextReading.Occurrence> list = occurrences[reading];
        if (list == null) {
            list = new ArrayList<>();
            occurrences[reading] = list;
        }
        return list;
    }

    /** The reading's occurrences made for this text. */
    ArrayList<TextReading.Occurrence> occurrences(int reading) {
        return occurrences[reading];
    }

    /** Clears what the text touched and gives the tables back, for the next text. */
    void release() {
        for (int g = 0; g < foundGroupCount; g++) {
            int group = foundGroups[g];
            groupFound[group] = false;
            int reading = extractor.readingOfGroup(group);
            missingGroups[reading] = extractor.groupsOf(reading);
        }
        foundGroupCount = 0;
        for (int m = 0; m < madeCount; m++) {
            int reading = madeReadings[m];
            made[reading] = false;
            if (occurrences[reading].size() > KEPT_OCCURRENCES) {
                occurrences[reading] = null;
            } else {
                occurrences[reading].clear();
            }
        }
        madeCount = 0;
        busy = false;
    }
}
