package io.signindoctor.extract;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The short replies of a text to the question just before them: in a chat or an interview the words that give a value
 * its role are in the question ("Which sign-in address are you using?", "What's under External server name?") and the
 * value stands alone in the reply ("a.lindqvist@alpineskihouse.com, same as my email"). A value near the start of a
 * sentence that follows a question may take its cue words from that question. One pass over the tokens.
 */
final class Answers {

    /** How many tokens into the reply the value may stand: a chat line's label and time come first. */
    private static final int REPLY_REACH = 6;
    /** A reply longer than this is a new statement, not an answer to the question before it. */
    private static final int LONGEST_REPLY = 16;
    /** How many tokens a chat line's label ("Col:", "[09:12] Agent:") may take before its first word. */
    private static final int LABEL_REACH = 4;
    /**
     * The words that open a question asking for something, which chats type without its question mark ("Col: what
     * does he type"): English itself, not knowledge of the product.
     */
    private static final Set<String> ASKING = WordSet.of(List.of("what", "what's", "whats", "which", "where", "who",
            "how"));

    private final int[] sentenceStart;
    private final boolean[] question;
    private final Segments segments;

    private Answers(int[] sentenceStart, boolean[] question, Segments segments) {
        this.sentenceStart = sentenceStart;
        this.question = question;
        this.segments = segments;
    }

    static Answers of(NormalisedText text, List<Token> tokens, Segments segments) {
        int sentences = segments.sentences();
        int[] start = new int[sentences + 1];
        boolean[] question = new boolean[sentences];
        Arrays.fill(start, tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            int sentence = segments.sentenceOf(i);
            if (i == 0 || segments.sentenceOf(i - 1) != sentence) {
                start[sentence] = i;
            }
            boolean last = i + 1 == tokens.size() || segments.sentenceOf(i + 1) != sentence;
            if (last && asks(text, tokens, start[sentence], i)) {
                question[sentence] = true;
            } else if (last) {
                int to = i + 1 < tokens.size() ? tokens.get(i + 1).start() : text.length();
                for (int c = tokens.get(i).end(); c < to; c++) {
                    if (text.charAt(c) == '?') {
                        question[sentence] = true;
                        break;
                    }
                }
            }
        }
        for (int s = sentences - 1; s >= 0; s--) {
            if (start[s] == tokens.size()) {
                start[s] = start[s + 1];
            }
        }
        return new Answers(start, question, segments);
    }

    /** Whether a sentence opens, after any chat label, with a word that asks for something. */
    private static boolean asks(NormalisedText text, List<Token> tokens, int first, int last) {
        int word = first;
        for (int i = first; i < last && i < first + LABEL_REACH; i++) {
            for (int c = tokens.get(i).end(); c < tokens.get(i + 1).start(); c++) {
                if (text.charAt(c) == ':') {
                    word = i + 1;
                }
            }
        }
        return ASKING.contains(tokens.get(word).text());
    }

    /**
     * The question a value's sentence replies to, or -1: the sentence just before it asks (ends with a question
     * mark), the value's own sentence does not and is short, and the value stands near its start.
     */
    int questionBefore(int value) {
        int sentence = segments.sentenceOf(value);
        if (sentence == 0 || !question[sentence - 1] || question[sentence]) {
            return -1;
        }
        int start = sentenceStart[sentence];
        boolean brief = sentenceStart[sentence + 1] - start <= LONGEST_REPLY;
        return brief && value - start <= REPLY_REACH ? sentence - 1 : -1;
    }
}
