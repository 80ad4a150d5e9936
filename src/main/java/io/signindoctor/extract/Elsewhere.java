package io.signindoctor.extract;

/**
 * The clauses of a text that are about another system than the client's sign-in. Tickets often tell what else is
 * going on beside the case, or only that: "my password for the HR portal has expired", "Outlook shows a certificate
 * warning", "the service account was locked out after the password change". Such a clause uses the same words as a
 * cause of the case would (password expired, certificate name mismatch) but says nothing about it, unless it names
 * the client as well ("Outlook and Lync both ask for the password") or its sentence goes on to it ("the password was
 * reset for the HR portal; he still types the old one in Communicator"). A clause after the client is named ("Lync is
 * fine, but the HR portal will not let me in") stays apart. Two passes over the tokens.
 */
final class Elsewhere {

    private final boolean[] clause;

    private Elsewhere(boolean[] clause) {
        this.clause = clause;
    }

    /**
     * The clauses about another system, given where a phrase naming another system (other) and one naming the client
     * (own) starts.
     */
    static Elsewhere of(Segments segments, int tokens, boolean[] other, boolean[] own) {
        int clauses = tokens == 0 ? 0 : segments.clauseOf(tokens - 1) + 1;
        boolean[] names = new boolean[clauses];
        boolean[] ours = new boolean[clauses];
        for (int i = 0; i < tokens; i++) {
            names[segments.clauseOf(i)] |= other[i];
            ours[segments.clauseOf(i)] |= own[i];
        }
        boolean ourStoryGoesOn = false;
        for (int i = tokens - 1; i >= 0; i--) {
            int c = segments.clauseOf(i);
            boolean sentenceEnds = i + 1 == tokens || segments.sentenceOf(i + 1) != segments.sentenceOf(i);
            if (sentenceEnds) {
                ourStoryGoesOn = false;
            }
            ourStoryGoesOn |= ours[c];
            names[c] &= !ourStoryGoesOn;
        }
        return new Elsewhere(names);
    }

    /** Whether the clause is about another system than the client's sign-in. */
    boolean about(int clauseIndex) {
        return clause[clauseIndex];
    }
}
