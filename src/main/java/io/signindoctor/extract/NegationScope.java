package io.signindoctor.extract;

import java.util.Arrays;
import java.util.List;

/**
 * What each negation of a text governs. People deny trouble as often as they report it ("sign-in is not affected",
 * "no problems since", "never had an issue"), and such a negation says that all is well: it must not negate the
 * sign-in next to it. A "No," or "No -" opening a sentence answers what was asked before and negates nothing after
 * it, while a "no" standing alone after a colon or a question mark ("signs in on another PC: NO") is the answer to
 * that item of a checklist and negates it. A negation governs the event it is told with: in "no sign-in after the
 * TLS 1.2-only change" it does not reach over "after" to the change. One pass over the tokens, looking a fixed few
 * tokens ahead.
 */
final class NegationScope {

    /**
     * How far after a negation, in tokens, the word of trouble it governs may stand ("no sign-in problems", "no
     * current sign-in issues": a hyphenated word is two tokens).
     */
    private static final int TROUBLE_REACH = 4;

    /** A negation that governs a word of trouble, or a word of trouble so governed. */
    private final boolean[] denial;
    /** For a word of trouble a negation governs, where that negation stands; -1 elsewhere. */
    private final int[] governor;
    /** A "no" opening a sentence before a pause: an answer to what was asked before. */
    private final boolean[] interjection;
    /** A "no" alone after a colon or question mark: the answer that negates the item before it. */
    private final boolean[] answerNo;
    /** A word that starts the next event of the story ("after", "since"): a negation before it stays before it. */
    private final boolean[] sequel;

    private NegationScope(int size) {
        denial = new boolean[size];
        governor = new int[size];
        Arrays.fill(governor, -1);
        interjection = new boolean[size];
        answerNo = new boolean[size];
        sequel = new boolean[size];
    }

    /** The scope of every negation in the tokens, given which tokens are negations and each token's stem. */
    static NegationScope of(NormalisedText text, List<Token> tokens, Segments segments, String[] stems,
            boolean[] negator, ScopeWords words) {
        NegationScope scope = new NegationScope(tokens.size());
        for (int k = 0; k < tokens.size(); k++) {
            scope.sequel[k] = words.sequels().contains(stems[k]);
            if (!negator[k]) {
                continue;
            }
            boolean opensSentence = k == 0 || segments.sentenceOf(k - 1) != segments.sentenceOf(k);
            boolean pauseAfter = k + 1 >= tokens.size() || segments.pauseBefore(k + 1)
                    || segments.clauseOf(k + 1) != segments.clauseOf(k);
            if (opensSentence && pauseAfter) {
                scope.interjection[k] = true;
            }
            if (answersItem(text, tokens, k) && (pauseAfter || endsItem(text, tokens, k))) {
                scope.answerNo[k] = true;
            }
            if (!words.abilityNegators().contains(stems[k])) {
                scope.markDeniedTrouble(k, tokens, segments, stems, negator, words);
            }
        }
        return scope;
    }

    private void markDeniedTrouble(int k, List<Token> tokens, Segments segments, String[] stems, boolean[] negator,
            ScopeWords words) {
        for (int j = k + 1; j < tokens.size() && j - k <= TROUBLE_REACH; j++) {
            if (segments.pauseBefore(j) || segments.clauseOf(j) != segments.clauseOf(k) || tokens.get(j).isValue()) {
                return;
            }
            if (words.troubles().contains(stems[j])) {
                denial[k] = true;
                denial[j] = true;
                governor[j] = k;
                return;
            }
            if (negator[j]) {
                return;
            }
        }
    }

    /** Whether a colon, question mark or equals sign stands just before the token: it answers a checklist item. */
    private static boolean answersItem(NormalisedText text, List<Token> tokens, int k) {
        int from = k == 0 ? 0 : tokens.get(k - 1).end();
        for (int c = tokens.get(k).start() - 1; c >= from; c--) {
            char at = text.charAt(c);
            if (at == ':' || at == '?' || at == '=') {
                return true;
            }
            if (at != ' ') {
                return false;
            }
        }
        return false;
    }

    /** Whether the item's answer ends at the token: a line end, an arrow or the end of the text follows it. */
    private static boolean endsItem(NormalisedText text, List<Token> tokens, int k) {
        if (k + 1 < tokens.size() && Lexer.ARROW.equals(tokens.get(k + 1).text())) {
            return true;
        }
        int to = k + 1 < tokens.size() ? tokens.get(k + 1).start() : text.length();
        for (int c = tokens.get(k).end(); c < to; c++) {
            char at = text.charAt(c);
            if (at == '\n' || at == '-' || at == '>' || at == ';' || at == '.') {
                return true;
            }
            if (at != ' ') {
                return false;
            }
        }
        return to == text.length();
    }

    /** Whether the token is a negation that negates the clause it stands in (not a denial of trouble or an answer). */
    boolean negates(int token) {
        return !denial[token] && !interjection[token];
    }

    /**
     * Where the negation stands that governs this word of trouble ("no" of "no problems"), or -1 when the token is
     * no word of trouble a negation governs.
     */
    int troubleDeniedBy(int token) {
        return governor[token];
    }

    /** Whether the token opens its sentence as the answer to a question before it ("No - the record is there"). */
    boolean isInterjection(int token) {
        return interjection[token];
    }

    /** Whether the token starts the next event of the story, so that no negation before it reaches past it. */
    boolean startsSequel(int token) {
        return sequel[token];
    }

    /** Whether the token is a "no" that answers the item before its colon or question mark ("on another PC: NO"). */
    boolean answersNo(int token) {
        return answerNo[token];
    }
}
