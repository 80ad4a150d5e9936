package io.signindoctor.extract;

/**
 * Whether the words a sentence of the text shares with a sentence of a known message stand together. A message quoted
 * in part or retold keeps its words close ("it says it can't verify the certificate from the server"); a long
 * sentence that only happens to hold enough of them, far apart and about other things ("the server field is a time
 * bomb: ... the certificate can't match an IP anyway"), does not quote it. The check runs only for a sentence that
 * already holds enough of a message's words, so it costs nothing on the rest of the text.
 */
final class MessageSpans {

    /**
     * How many tokens more than four times the message sentence's distinctive words the shared words may spread over:
     * a quotation keeps the message's own small words between them, a retelling adds a few of its own.
     */
    private static final int SLACK = 4;
    /** How far after a negation word of the message the word it negates must follow ("can't verify", "not found"). */
    static final int NEGATED_REACH = 2;

    private MessageSpans() {
    }

    /**
     * Whether some stretch of a sentence's tokens, no longer than the message sentence allows, holds the given number
     * of the message sentence's distinct words.
     *
     * @param stemOf the message-stem number of each token of the sentence, in order, -1 for a token that is no word
     *     of the message sentence
     * @param needed how many distinct words of the message sentence must stand together
     * @param size how many distinctive words the message sentence has
     */
    static boolean together(int[] stemOf, int needed, int size) {
        int reach = 4 * size + SLACK;
        int stems = 0;
        for (int stem : stemOf) {
            stems = Math.max(stems, stem + 1);
        }
        /* How often each message stem occurs in the window, and how many occur in it at all. */
        int[] inWindow = new int[stems];
        int distinct = 0;
        int start = 0;
        for (int end = 0; end < stemOf.length; end++) {
            if (stemOf[end] < 0) {
                continue;
            }
            if (inWindow[stemOf[end]]++ == 0) {
                distinct++;
            }
            while (end - start + 1 > reach) {
                if (stemOf[start] >= 0 && --inWindow[stemOf[start]] == 0) {
                    distinct--;
                }
                start++;
            }
            if (distinct >= needed) {
                return true;
            }
        }
        return false;
    }
}
