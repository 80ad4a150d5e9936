package io.signindoctor.resemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PieceMemoryTest {

    private static final char[] TEXT = "no change. no change. no chance.".toCharArray();
    private static final int[] FEATURES = {4, 0, 2, 9, 3, 9};
    private static final int[] SUM = {1, -2, 3};

    @Test
    void aPieceIsKeptWhenItComesASecondTimeWhileItsHashIsRemembered() {
        PieceMemory memory = new PieceMemory();

        assertThat(memory.worthKeeping(10, 42)).isFalse();
        assertThat(memory.worthKeeping(10, 42)).isTrue();
        assertThat(memory.worthKeeping(PieceMemory.LONGEST + 1, 43)).isFalse();
        assertThat(memory.worthKeeping(PieceMemory.LONGEST + 1, 43)).as("too long").isFalse();
    }

    @Test
    void aPieceIsFoundByItsCharactersNotByItsHashAloneWithItsFeaturesAndSum() {
        PieceMemory memory = new PieceMemory();
        memory.keep(TEXT, 0, 10, 42, FEATURES, FEATURES.length, SUM);

        int slot = memory.find(TEXT, 0, 10, 42);
        assertThat(slot).isNotNegative();
        assertThat(Arrays.copyOfRange(memory.features(), memory.firstFeature(slot), memory.featureEnd(slot)))
                .containsExactly(FEATURES);
        assertThat(Arrays.copyOfRange(memory.features(), memory.firstSum(slot), memory.firstSum(slot) + SUM.length))
                .containsExactly(SUM);
        assertThat(memory.find(TEXT, 22, 32, 42)).as("no chance.: same hash, same length").isEqualTo(-1);
        assertThat(memory.find(TEXT, 0, 10, 43)).isEqualTo(-1);
    }

    @Test
    void aPieceKeptWithoutASumHasNone() {
        PieceMemory memory = new PieceMemory();
        memory.keep(TEXT, 10, 20, 7, FEATURES, 3, null);

        int slot = memory.find(TEXT, 10, 20, 7);
        assertThat(memory.firstSum(slot)).isEqualTo(-1);
        assertThat(memory.featureEnd(slot) - memory.firstFeature(slot)).isEqualTo(3);
    }

    @Test
    void whenFullItForgetsEverythingAndKeepsWhatComesNext() {
        PieceMemory memory = new PieceMemory();
        memory.keep(TEXT, 0, 10, 0, FEATURES, FEATURES.length, SUM);
        for (long hash = 1; hash <= PieceMemory.SLOTS / 4 * 3; hash++) {
            memory.keep(TEXT, 11, 20, hash, FEATURES, FEATURES.length, SUM);
        }

        assertThat(memory.find(TEXT, 0, 10, 0)).isEqualTo(-1);
        assertThat(memory.find(TEXT, 11, 20, PieceMemory.SLOTS / 4 * 3)).isNotNegative();
    }
}
