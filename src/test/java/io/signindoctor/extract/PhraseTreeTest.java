package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The cue phrases that share a first stem, found by walking the stems that follow it. */
class PhraseTreeTest {

    private static final TextExtractor.Phrase NOT = phrase(0, "not");
    private static final TextExtractor.Phrase NOT_ENABLED = phrase(1, "not", "enabl");
    private static final TextExtractor.Phrase NOT_ENABLED_FOR = phrase(2, "not", "enabl", "for");
    private static final TextExtractor.Phrase NOT_ON = phrase(3, "not", "on");
    private static final TextExtractor.Phrase NOT_ENABLED_AGAIN = phrase(4, "not", "enabl");

    private static TextExtractor.Phrase phrase(int order, String... words) {
        return new TextExtractor.Phrase(words, order);
    }

    private final PhraseTree tree = PhraseTree.of(List.of(NOT, NOT_ENABLED, NOT_ENABLED_FOR, NOT_ON,
            NOT_ENABLED_AGAIN));

    @Test
    void theRootHoldsThePhrasesOfOneWord() {
        assertThat(tree.ending()).containsExactly(NOT);
    }

    @Test
    void eachStemFurtherHoldsThePhrasesThatEndThere() {
        assertThat(tree.next("enabl").ending()).containsExactly(NOT_ENABLED, NOT_ENABLED_AGAIN);
        assertThat(tree.next("enabl").next("for").ending()).containsExactly(NOT_ENABLED_FOR);
        assertThat(tree.next("on").ending()).containsExactly(NOT_ON);
    }

    @Test
    void aStemNoPhraseContinuesWithLeadsNowhere() {
        assertThat(tree.next("disabl")).isNull();
        assertThat(tree.next("on").next("for")).isNull();
        assertThat(tree.next("enabl").next("for").next("user")).isNull();
    }
}
