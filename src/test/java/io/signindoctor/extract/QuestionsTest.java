package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which questions weigh a hypothesis (nothing in them is a fact) and which ask for help (and still tell). */
class QuestionsTest {

    private static final ScopeWords WORDS = new ScopeWords(Set.of(), Set.of(), Set.of("is", "could", "can", "doe"),
            Set.of("you", "anyon"), List.of(), List.of(), Set.of(), Set.of("think", "mayb", "could"));

    private static boolean hypothesisAt(String written, String word) {
        NormalisedText text = NormalisedText.of(written);
        List<Token> tokens = Lexer.tokens(text);
        String[] stems = tokens.stream().map(token -> Stems.of(token.text())).toArray(String[]::new);
        Questions questions = Questions.of(text, tokens, Segments.of(text, tokens), stems, WORDS);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return questions.inHypothesis(i);
            }
        }
        throw new AssertionError(word + " not in the text");
    }

    @Test
    void aYesNoQuestionWeighsAHypothesis() {
        assertThat(hypothesisAt("Is it the certificate? No, it is valid.", "certificate")).isTrue();
        assertThat(hypothesisAt("Could the port be wrong?", "port")).isTrue();
    }

    @Test
    void theAnswerAfterTheQuestionIsNoHypothesis() {
        assertThat(hypothesisAt("Is it the certificate? No, it is valid.", "valid")).isFalse();
    }

    @Test
    void aRequestForHelpStillTellsWhatHappens() {
        assertThat(hypothesisAt("Can you check why the users cannot sign in?", "users")).isFalse();
        assertThat(hypothesisAt("Does anyone know why the server is unavailable?", "server")).isFalse();
    }

    @Test
    void aStatementIsNoQuestionAndAWhQuestionIsNoHypothesis() {
        assertThat(hypothesisAt("Could not sign in since Monday.", "monday")).isFalse();
        assertThat(hypothesisAt("Why does the client fail?", "client")).isFalse();
    }

    @Test
    void aSpeakerNamedLikeAnOpenerIsALabelNotAQuestion() {
        assertThat(hypothesisAt("Can: and the SRV target is?", "target")).isFalse();
        assertThat(hypothesisAt("Can the SRV target be wrong?", "target")).isTrue();
    }

    @Test
    void aGuessAskedAfterWhatIsToldWeighsAHypothesisFromTheGuessOn() {
        assertThat(hypothesisAt("The user in Oslo can't sign in, could it be clock skew?", "clock")).isTrue();
        assertThat(hypothesisAt("The user in Oslo can't sign in, could it be clock skew?", "user")).isFalse();
        assertThat(hypothesisAt("I think it's because my password expired?", "password")).isTrue();
        assertThat(hypothesisAt("Ticket says \"maybe the Autodiscover records are missing?\"", "records")).isTrue();
    }

    @Test
    void aGuessWithoutAQuestionMarkOrAGuessWordThatAsksIsNoHypothesis() {
        assertThat(hypothesisAt("I think my password expired.", "password")).isFalse();
        assertThat(hypothesisAt("The users fail, could you check the certificate?", "certificate")).isFalse();
    }

    @Test
    void aQuestionAfterAChatLinesSpeakerAndTimeWeighsAHypothesis() {
        assertThat(hypothesisAt("[11:20] Nick: is the lyncdiscover record missing again?", "record")).isTrue();
        assertThat(hypothesisAt("Nick Fox: could the port be wrong?", "port")).isTrue();
        assertThat(hypothesisAt("[11:22] Ola: no, the record resolves.", "record")).isFalse();
    }
}
