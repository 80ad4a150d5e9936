package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which clauses are about another system than the client's sign-in, and so give no fact of the case. */
class ElsewhereTest {

    private static final Set<String> OTHER = Set.of("outlook", "portal");
    private static final Set<String> OWN = Set.of("lync", "communicator");

    private static boolean elsewhereAt(String written, String word) {
        NormalisedText text = NormalisedText.of(written);
        List<Token> tokens = Lexer.tokens(text);
        Segments segments = Segments.of(text, tokens);
        boolean[] other = new boolean[tokens.size()];
        boolean[] own = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            other[i] = OTHER.contains(Stems.of(tokens.get(i).text()));
            own[i] = OWN.contains(Stems.of(tokens.get(i).text()));
        }
        Elsewhere elsewhere = Elsewhere.of(segments, tokens.size(), other, own);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return elsewhere.about(segments.clauseOf(i));
            }
        }
        throw new AssertionError(word + " not in the text");
    }

    @Test
    void aClauseNamingOnlyAnotherSystemIsAboutIt() {
        assertThat(elsewhereAt("Outlook shows a certificate warning.", "certificate")).isTrue();
    }

    @Test
    void aClauseNamingTheClientTooIsAboutTheClient() {
        assertThat(elsewhereAt("Outlook and Lync both ask for the password.", "password")).isFalse();
    }

    @Test
    void aSentenceGoingOnToTheClientIsAboutTheClient() {
        assertThat(elsewhereAt("The password was reset for the portal; he still types the old one in Communicator.",
                "password")).isFalse();
    }

    @Test
    void aClauseAfterTheClientIsNamedStaysApart() {
        assertThat(elsewhereAt("Lync is fine, but the portal says my password expired.", "password")).isTrue();
        assertThat(elsewhereAt("Lync is fine, but the portal says my password expired.", "fine")).isFalse();
    }

    @Test
    void aClauseNamingNoSystemIsAboutTheCase() {
        assertThat(elsewhereAt("The password expired on Monday. Outlook works.", "password")).isFalse();
    }
}
