package io.signindoctor.resemble;

/** Receives the features of a text one by one, with the characters of the text each was read from. */
@FunctionalInterface
public interface FeatureSink {

    /**
     * @param key the feature's 64-bit hash (a word, or two words in a row)
     * @param start the index of its first character in the text
     * @param end the index after its last character
     */
    void feature(long key, int start, int end);
}
