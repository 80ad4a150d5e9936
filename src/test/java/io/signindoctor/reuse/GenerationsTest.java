package io.signindoctor.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Entries still asked for survive the turns of the generations; the others are forgotten once the generations that
 * came after them are full, by their number or by their weight.
 */
class GenerationsTest {

    @Test
    void anEntryAskedForWhileOthersComeAndGoIsKept() {
        Generations<String, Integer> memory = new Generations<>(4);
        memory.remember("kept", 1);

        for (int other = 0; other < 40; other++) {
            memory.remember("other " + other, other);
            assertThat(memory.find("kept")).isEqualTo(1);
        }
    }

    @Test
    void heavyEntriesTurnTheGenerationsBeforeTheirNumberDoes() {
        Generations<String, Integer> memory = new Generations<>(1_000, 10, String::length);
        memory.remember("first", 1);
        memory.remember("second", 2);

        memory.remember("third one", 3);
        memory.remember("fourth one", 4);

        assertThat(memory.find("first")).isNull();
        assertThat(memory.find("second")).isNull();
        assertThat(memory.find("fourth one")).isEqualTo(4);
    }

    @Test
    void lightEntriesAreBoundedByTheirNumber() {
        Generations<String, Integer> memory = new Generations<>(4, 1_000_000, String::length);
        memory.remember("first", 1);

        for (int other = 0; other < 2 * Generations.FIRST; other++) {
            memory.remember("o" + other, other);
        }

        assertThat(memory.find("first")).isNull();
    }
}
