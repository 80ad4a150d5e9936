package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each negation governs: a word of trouble, the item of a checklist, or the clause it stands in. */
class NegationScopeTest {

    private static final ScopeWords WORDS = new ScopeWords(Set.of("affect", "problem", "error"),
            Set.of("cannot", "unabl"), Set.of(), Set.of(), List.of(), List.of(), Set.of(Stems.of("after")), Set.of());
    private static final Set<String> NEGATORS = Set.of("not", "no", "cannot", "never");

    private record Read(List<Token> tokens, NegationScope scope) {
        int at(String word) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).text().equals(word)) {
                    return i;
                }
            }
            throw new AssertionError(word + " not in the text");
        }
    }

    private static Read read(String written) {
        NormalisedText text = NormalisedText.of(written);
        List<Token> tokens = Lexer.tokens(text);
        String[] stems = new String[tokens.size()];
        boolean[] negator = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            stems[i] = Stems.of(tokens.get(i).text());
            negator[i] = NEGATORS.contains(stems[i]);
        }
        return new Read(tokens, NegationScope.of(text, tokens, Segments.of(text, tokens), stems, negator, WORDS));
    }

    @Test
    void aNegationThatGovernsAWordOfTroubleDeniesTheTroubleAndNegatesNothingElse() {
        Read read = read("Sign-in is not affected.");

        assertThat(read.scope().negates(read.at("not"))).isFalse();
        assertThat(read.scope().troubleDeniedBy(read.at("affected"))).isEqualTo(read.at("not"));
    }

    @Test
    void aWordOfTroubleAFewWordsOnIsStillGoverned() {
        Read read = read("We had no sign-in problems since.");

        assertThat(read.scope().troubleDeniedBy(read.at("problems"))).isEqualTo(read.at("no"));
    }

    @Test
    void aNegationOfAbilityGovernsTheVerbAfterItNotAnErrorBehindIt() {
        Read read = read("Users cannot connect error 10061.");

        assertThat(read.scope().negates(read.at("cannot"))).isTrue();
        assertThat(read.scope().troubleDeniedBy(read.at("error"))).isEqualTo(-1);
    }

    @Test
    void aPauseEndsTheReachOfANegation() {
        Read read = read("She gets no further, problem persists.");

        assertThat(read.scope().troubleDeniedBy(read.at("problem"))).isEqualTo(-1);
        assertThat(read.scope().negates(read.at("no"))).isTrue();
    }

    @Test
    void aNoThatOpensASentenceAnswersWhatWasAskedBefore() {
        Read read = read("Is DNS the problem? No - the record answers.");

        assertThat(read.scope().isInterjection(read.at("no"))).isTrue();
        assertThat(read.scope().negates(read.at("no"))).isFalse();
    }

    @Test
    void aNoAfterAColonAnswersTheItemOfAChecklist() {
        Read answered = read("user signs in on another PC: NO -> not the PC");
        Read stated = read("Result: no SRV record for contoso.com");

        assertThat(answered.scope().answersNo(answered.at("no"))).isTrue();
        assertThat(stated.scope().answersNo(stated.at("no"))).isFalse();
    }

    @Test
    void aWordThatStartsTheNextEventOfTheStoryIsMarked() {
        Read read = read("no sign-in after the TLS 1.2-only change");

        assertThat(read.scope().startsSequel(read.at("after"))).isTrue();
        assertThat(read.scope().startsSequel(read.at("change"))).isFalse();
    }
}
