package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which values stand in a short reply to the question just before them, and so may take its cue words. */
class AnswersTest {

    /** The sentence of the question the word's sentence replies to, or -1. */
    private static int questionBefore(String written, String word) {
        NormalisedText text = NormalisedText.of(written);
        List<Token> tokens = Lexer.tokens(text);
        Segments segments = Segments.of(text, tokens);
        Answers answers = Answers.of(text, tokens, segments);
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equals(word)) {
                return answers.questionBefore(i);
            }
        }
        throw new AssertionError(word + " not in the text");
    }

    @Test
    void aChatReplyAnswersTheQuestionBeforeIt() {
        String chat = "Agent: Which sign-in address are you using?\nUser: a.lindqvist@alpineskihouse.com, same as my email";
        assertThat(questionBefore(chat, "a.lindqvist@alpineskihouse.com")).isZero();
    }

    @Test
    void aSentenceAfterAStatementAnswersNothing() {
        assertThat(questionBefore("We checked the external server. It is edge.contoso.com:5061 now.",
                "edge.contoso.com:5061")).isEqualTo(-1);
    }

    @Test
    void aLongSentenceOrAValueFarIntoItIsNoReply() {
        String text = "What changed on Monday? The firewall team moved the rules for the new branch offices and the"
                + " remote sites last night, then the external server edge.contoso.com:5061 stopped answering.";
        assertThat(questionBefore(text, "edge.contoso.com:5061")).isEqualTo(-1);
    }

    @Test
    void aQuestionAfterAQuestionIsNoReply() {
        assertThat(questionBefore("Which server do you use? Is it ocs01?", "ocs01")).isEqualTo(-1);
    }

    @Test
    void aChatQuestionWithoutItsQuestionMarkStillAsks() {
        String chat = "Col: what does he type\nPip: d.ahmed@proseware.com";
        assertThat(questionBefore(chat, "d.ahmed@proseware.com")).isZero();
    }

    @Test
    void aChatLineThatOpensWithAStatementAsksNothing() {
        String chat = "Col: the pool is ocspool.proseware.com\nPip: d.ahmed@proseware.com";
        assertThat(questionBefore(chat, "d.ahmed@proseware.com")).isEqualTo(-1);
    }
}
