package io.signindoctor.extract;

import java.util.List;

/**
 * The yes/no questions of a text that weigh a hypothesis: "Is it the certificate?", "Could the port be wrong?",
 * "Maybe the SRV record?". Engineers write their checklist as such questions before they answer them, and users ask
 * whether something might be the reason; what such a question names is not a fact of the case. A question that asks
 * someone for help ("Can you check why I cannot sign in?") still tells what happens, and is not one of them. One pass
 * over the tokens.
 */
final class Questions {

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
            if (asksHypothesis(start, i, text, tokens, stems, words)) {
                for (int k = start; k <= i; k++) {
                    hypothesis[k] = true;
                }
            }
            start = i + 1;
        }
        return new Questions(hypothesis);
    }

    private static boolean asksHypothesis(int first, int last, NormalisedText text, List<Token> tokens,
            String[] stems, ScopeWords words) {
        if (!words.questionOpeners().contains(stems[first]) || labels(first, last, text, tokens)) {
            return false;
        }
        if (first < last && words.questionAskers().contains(stems[first + 1])) {
            return false;
        }
        int to = last + 1 < tokens.size() ? tokens.get(last + 1).start() : text.length();
        for (int c = tokens.get(last).end(); c < to; c++) {
            if (text.charAt(c) == '?') {
                return true;
            }
        }
        return false;
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
