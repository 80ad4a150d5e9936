package io.signindoctor.extract;

import java.util.List;
import java.util.Set;

/**
 * The sentences and clauses of a text, as ranges of its tokens. A value takes its role from cue words in its own
 * sentence, and a negation reaches only as far as its clause: in "internal users sign in, but external users
 * cannot", the "cannot" says nothing about the internal users. A line break alone does not end a sentence (people's
 * lines wrap mid-phrase), unless the lines look like a list, labels ("Server: ...") or log lines.
 */
final class Segments {

    private static final Set<String> CONTRAST = WordSet.of(List.of("but", "however", "whereas", "although", "though",
            "yet", "except", "unless"));
    /** How far into a line a colon makes it a "label: value" line. */
    private static final int LABEL_REACH = 32;
    /** A label line shorter than this is a field of its own; a longer one may go on over the line break. */
    private static final int SHORT_LINE = 60;

    private final int[] sentence;
    private final int[] clause;
    private final boolean[] pause;
    private final int sentences;

    private Segments(int[] sentence, int[] clause, boolean[] pause, int sentences) {
        this.sentence = sentence;
        this.clause = clause;
        this.pause = pause;
        this.sentences = sentences;
    }

    static Segments of(NormalisedText text, List<Token> tokens) {
        int[] sentence = new int[tokens.size()];
        int[] clause = new int[tokens.size()];
        boolean[] pause = new boolean[tokens.size()];
        int currentSentence = 0;
        int currentClause = 0;
        for (int i = 1; i < tokens.size(); i++) {
            Token previous = tokens.get(i - 1);
            Token token = tokens.get(i);
            Break kind = gap(text, previous.end(), token.start());
            if (kind == Break.SENTENCE) {
                currentSentence++;
                currentClause++;
            } else if (kind == Break.CLAUSE || token.kind() == ValueKind.WORD && CONTRAST.contains(token.text())) {
                currentClause++;
            }
            sentence[i] = currentSentence;
            clause[i] = currentClause;
            for (int c = previous.end(); c < token.start() && !pause[i]; c++) {
                pause[i] = ",():".indexOf(text.charAt(c)) >= 0;
            }
        }
        return new Segments(sentence, clause, pause, tokens.isEmpty() ? 0 : currentSentence + 1);
    }

    private enum Break { NONE, CLAUSE, SENTENCE }

    private static Break gap(NormalisedText text, int from, int to) {
        Break found = Break.NONE;
        int newlines = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                if (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)) || text.charAt(i + 1) == '"'
                        || text.charAt(i + 1) == '\'' || text.charAt(i + 1) == ')') {
                    return Break.SENTENCE;
                }
            } else if (c == ';' || c == '|') {
                found = Break.CLAUSE;
            } else if (c == '-' && i > from && text.charAt(i - 1) == ' ' && i + 1 < to && text.charAt(i + 1) == ' ') {
                found = Break.CLAUSE;
            } else if (c == '\n') {
                newlines++;
                if (newlines > 1 || lineBreakEnds(text, i)) {
                    return Break.SENTENCE;
                }
            }
        }
        return found;
    }

    /** Whether a single line break at this place ends the sentence: a list, label lines, log lines or a colon. */
    private static boolean lineBreakEnds(NormalisedText text, int newline) {
        int before = newline - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        if (before < 0 || ":;,".indexOf(text.charAt(before)) >= 0) {
            return before >= 0 && text.charAt(before) == ':';
        }
        int after = newline + 1;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        if (after >= text.length()) {
            return true;
        }
        char next = text.charAt(after);
        if (next == '*' || next == '-' || next == '#' || next == '"' || next >= '0' && next <= '9'
                || next == '[' || next == '<' || next == '>') {
            return true;
        }
        int previousLine = lineStart(text, before);
        return hasLabel(text, after) || hasLabel(text, previousLine) && before - previousLine < SHORT_LINE
                || isRecord(text, previousLine, before);
    }

    /** A line of a table or an export: a tab, or three commas or more (a CSV record). */
    private static boolean isRecord(NormalisedText text, int from, int to) {
        int commas = 0;
        for (int i = from; i <= to; i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == ',' && ++commas >= 3) {
                return true;
            }
        }
        return false;
    }

    private static int lineStart(NormalisedText text, int at) {
        int start = at;
        int reach = 0;
        while (start > 0 && text.charAt(start - 1) != '\n' && reach++ < 4 * LABEL_REACH) {
            start--;
        }
        return start;
    }

    /** "Server: x" or "Event ID: 1": a colon after a few words near the start of the line. */
    private static boolean hasLabel(NormalisedText text, int lineStart) {
        for (int i = lineStart; i < text.length() && i - lineStart < LABEL_REACH; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                return false;
            }
            if (c == ':' || c == '=') {
                return i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t');
            }
        }
        return false;
    }

    int sentenceOf(int token) {
        return sentence[token];
    }

    int clauseOf(int token) {
        return clause[token];
    }

    /** Whether a comma, colon or bracket stands between this token and the one before: a negation stops there. */
    boolean pauseBefore(int token) {
        return pause[token];
    }

    int sentences() {
        return sentences;
    }
}
