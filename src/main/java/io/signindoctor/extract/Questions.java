package io.signindoctor.extract;

import java.util.List;

/**
 * The yes/no questions of a text that weigh a hypothesis: "Is it the certificate?", "Could the port be wrong?",
 * "Maybe the SRV record?". Engineers write their checklist as such questions before they answer them, and users ask
 * whether something might be the reason; what such a question names is not a fact of the case. A question that asks
 * someone for help ("Can you check why I cannot sign in?") still tells what happens, and is not one of them. A guess
 * is often asked after what is told, or as a statement with a question mark ("the user can't sign in, could it be
 * the clock?", 'the ticket says "maybe the records are missing?"', "I think it's because my password expired?"):
 * then the words from the guess on weigh the hypothesis, and what came before is still read. One pass over the
 * tokens.
 */
final class Questions {

    /** How many words a chat line's speaker label may take before its colon ("[11:20] Nick Fox: is it DNS?"). */
    private static final int SPEAKER_WORDS = 4;

    private final boolean[] hypothesis;

    private Questions(boolean[] hypothesis) {
        this.hypothesis = hypothesis;
    }

    static Questions of(NormalisedText text, List<Token> tokens, Segments segments, String[] stems,
            ScopeWords words) {
        boolean[] hypothesis = new boolean[tokens.size()];
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i + 1 == tokens.size() || segments.sentenceOf(i + 1) != segments.sentenceOf(i);
            if (!last) {
                continue;
            }
            int from = asksHypothesis(start, i, text, tokens, stems, words) ? start
                    : guessAsked(start, i, text, tokens, stems, words);
            for (int k = Math.max(from, 0); from >= 0 && k <= i; k++) {
                hypothesis[k] = true;
            }
            start = i + 1;
        }
        return new Questions(hypothesis);
    }

    private static boolean asksHypothesis(int sentenceStart, int last, NormalisedText text, List<Token> tokens,
            String[] stems, ScopeWords words) {
        int first = sentenceStart;
        int spoken = afterSpeaker(sentenceStart, last, text, tokens);
        if (spoken != sentenceStart && words.questionOpeners().contains(stems[spoken])) {
            first = spoken;
        }
        if (!words.questionOpeners().contains(stems[first]) || labels(first, last, text, tokens)) {
            return false;
        }
        if (first < last && words.questionAskers().contains(stems[first + 1])) {
            return false;
        }
        return endsWithQuestionMark(last, text, tokens);
    }

    private static boolean endsWithQuestionMark(int last, NormalisedText text, List<Token> tokens) {
        int to = last + 1 < tokens.size() ? tokens.get(last + 1).start() : text.length();
        for (int c = tokens.get(last).end(); c < to; c++) {
            if (text.charAt(c) == '?') {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the hypothesis starts in a question that holds a guess (question-hedges: "I think it's the password?",
     * "the user can't sign in, could it be the clock?"): at the guess, so that what was told before it is still
     * read; -1 when the sentence weighs no hypothesis there. A guess word that asks someone ("could you check...")
     * makes a request, not a guess.
     */
    private static int guessAsked(int sentenceStart, int last, NormalisedText text, List<Token> tokens,
            String[] stems, ScopeWords words) {
        if (!endsWithQuestionMark(last, text, tokens)) {
            return -1;
        }
        for (int k = sentenceStart; k <= last; k++) {
            if (words.questionHedges().contains(stems[k])
                    && !(k < last && words.questionAskers().contains(stems[k + 1]))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where a chat line's words would start after a speaker label and time ("[11:20] Nick: is the record missing
     * again?"): after the last colon among its first few words, else at its first word. The caller takes it only when
     * a question opener stands there, so "Is it DNS: the SRV record?" keeps its own opener.
     */
    private static int afterSpeaker(int first, int last, NormalisedText text, List<Token> tokens) {
        int start = first;
        for (int k = first; k < last && k < first + SPEAKER_WORDS; k++) {
            for (int c = tokens.get(k).end(); c < tokens.get(k + 1).start(); c++) {
                if (text.charAt(c) == ':') {
                    start = k + 1;
                }
            }
        }
        return start;
    }

    /** Whether the first word is a chat line's label ("May: and the SRV target is?"), a speaker and no opener. */
    private static boolean labels(int first, int last, NormalisedText text, List<Token> tokens) {
        if (first == last) {
            return false;
        }
        for (int c = tokens.get(first).end(); c < tokens.get(first + 1).start(); c++) {
            if (text.charAt(c) == ':') {
                return true;
            }
        }
        return false;
    }

    /** Whether the token stands in a question that weighs a hypothesis. */
    boolean inHypothesis(int token) {
        return hypothesis[token];
    }
}
