package io.signindoctor.resemble;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KnownWordsTest {

    private static final char[] TEXT = "users fail users usurp".toCharArray();

    @Test
    void aWordIsFoundByItsCharactersNotByItsHashAlone() {
        KnownWords known = new KnownWords(16, 64);
        known.keep(TEXT, 0, 5, 42, 7);

        assertThat(known.feature(known.find(TEXT, 11, 16, 42))).isEqualTo(7);
        assertThat(known.find(TEXT, 17, 22, 42)).as("usurp: same hash, same length").isEqualTo(-1);
        assertThat(known.find(TEXT, 6, 10, 42)).as("fail: same hash").isEqualTo(-1);
        assertThat(known.find(TEXT, 0, 5, 43)).isEqualTo(-1);
    }

    @Test
    void whenFullItForgetsEverythingAndKeepsWhatComesNext() {
        KnownWords known = new KnownWords(4, 64);
        known.keep(TEXT, 0, 5, 1, 10);
        known.keep(TEXT, 6, 10, 2, 20);
        known.keep(TEXT, 17, 22, 3, 30);
        known.keep("sign".toCharArray(), 0, 4, 4, 40);

        assertThat(known.find(TEXT, 0, 5, 1)).isEqualTo(-1);
        assertThat(known.feature(known.find("sign".toCharArray(), 0, 4, 4))).isEqualTo(40);
    }

    @Test
    void whenItsCharactersRunOutItForgetsEverythingAndAWordLongerThanItKeepsIsNeverKept() {
        KnownWords known = new KnownWords(16, 10);
        known.keep(TEXT, 0, 5, 1, 10);
        known.keep(TEXT, 6, 10, 2, 20);
        known.keep(TEXT, 17, 22, 3, 30);
        char[] longWord = "x".repeat(KnownWords.LONGEST + 1).toCharArray();
        KnownWords roomy = new KnownWords(16, 1_000);
        roomy.keep(longWord, 0, longWord.length, 5, 50);

        assertThat(known.find(TEXT, 0, 5, 1)).isEqualTo(-1);
        assertThat(known.feature(known.find(TEXT, 17, 22, 3))).isEqualTo(30);
        assertThat(roomy.find(longWord, 0, longWord.length, 5)).isEqualTo(-1);
    }
}
