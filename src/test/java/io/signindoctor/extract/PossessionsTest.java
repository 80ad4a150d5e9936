package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which possessives name another person's thing. */
class PossessionsTest {

    private static final Possessions POSSESSIONS = new Possessions("another", Set.of("computer", "pc"));

    /** Whether the word at the given index owns the word after it. */
    private static boolean owns(String written, int word) {
        NormalisedText text = NormalisedText.of(written);
        List<Token> tokens = Lexer.tokens(text);
        return POSSESSIONS.owns(text, tokens, word, Stems.of(tokens.get(word + 1).text()));
    }

    @Test
    void aNamesPossessiveBeforeAListedThingIsAnothers() {
        assertThat(owns("I log into Karen's computer", 3)).isTrue();
        assertThat(owns("Hassan\u2019s PC works", 0)).isTrue();
    }

    @Test
    void aPossessiveBeforeAnythingElseIsLeftAlone() {
        assertThat(owns("Contoso's name is on it", 0)).isFalse();
    }

    @Test
    void aPossessiveWrittenInLowerCaseOrAPlainPluralIsNoName() {
        assertThat(owns("my colleague's computer", 1)).isFalse();
        assertThat(owns("Karens computer", 0)).isFalse();
    }

    @Test
    void withoutAWordToReadAsNothingIsOwned() {
        NormalisedText text = NormalisedText.of("Karen's computer");
        assertThat(Possessions.NONE.owns(text, Lexer.tokens(text), 0, "computer")).isFalse();
    }
}
