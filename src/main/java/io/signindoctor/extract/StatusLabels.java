package io.signindoctor.extract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Words that report the status of one DNS name in lookup output: nslookup prints "*** can't find
 * lyncdiscover.contoso.com: Non-existent domain", and engineers copy results as "lyncdiscover.contoso.com (internal
 * DNS) -> Non-existent domain". Such a status is that name's, not the one in the command line above or below it,
 * although that command line ("nslookup -type=SRV _sipinternaltls._tcp.contoso.com") may stand close to it.
 */
final class StatusLabels {

    /** How many tokens back from the status its labelling name may stand ("X (internal DNS) -> status"). */
    private static final int LABEL_REACH = 4;
    /** The names a lookup reports on. */
    private static final Set<ValueKind> NAMES = EnumSet.of(ValueKind.FQDN, ValueKind.SRV_NAME);

    private StatusLabels() {
    }

    /**
     * Whether a status cue from one token to another reports on another DNS name than the value: a name just after
     * it on its line ("can't find lyncdiscover.contoso.com"), for a value before the cue; or, for a value after the
     * cue, the name a few tokens before it when no other name follows on its line and a colon or "->" stands just
     * before it ("lyncdiscover.contoso.com: Non-existent domain"). A word with a name after it on its line ("X: CNAME
     * to Y") relates two values rather than reporting on one, and a value that is no DNS name is never another's
     * status.
     */
    static boolean namesAnother(NormalisedText text, List<Token> tokens, int first, int last, int value) {
        if (!NAMES.contains(tokens.get(value).kind())) {
            return false;
        }
        int after = last + 1;
        if (first > value) {
            return after < tokens.size() && after != value && NAMES.contains(tokens.get(after).kind())
                    && !lineBreakBetween(text, tokens.get(last).end(), tokens.get(after).start());
        }
        return noNameAfter(text, tokens, last) && labelled(text, tokens, first);
    }

    /** Whether the rest of the line after a token names no DNS name: the status is the last thing said there. */
    private static boolean noNameAfter(NormalisedText text, List<Token> tokens, int last) {
        for (int i = last + 1; i < tokens.size(); i++) {
            if (lineBreakBetween(text, tokens.get(i - 1).end(), tokens.get(i).start())) {
                return true;
            }
            if (NAMES.contains(tokens.get(i).kind())) {
                return false;
            }
        }
        return true;
    }

    private static boolean labelled(NormalisedText text, List<Token> tokens, int cue) {
        if (cue == 0 || !separatorBefore(text, tokens, cue)) {
            return false;
        }
        for (int i = cue - 1; i >= 0 && cue - i <= LABEL_REACH; i--) {
            if (lineBreakBetween(text, tokens.get(i).end(), tokens.get(i + 1).start())) {
                return false;
            }
            if (NAMES.contains(tokens.get(i).kind())) {
                return true;
            }
        }
        return false;
    }

    private static boolean separatorBefore(NormalisedText text, List<Token> tokens, int cue) {
        if (Lexer.ARROW.equals(tokens.get(cue - 1).text())) {
            return true;
        }
        int from = tokens.get(cue - 1).end();
        for (int c = tokens.get(cue).start() - 1; c >= from; c--) {
            char at = text.charAt(c);
            if (at == ':' || at == '>') {
                return true;
            }
            if (at != ' ' && at != '-' && at != '*') {
                return false;
            }
        }
        return false;
    }

    private static boolean lineBreakBetween(NormalisedText text, int from, int to) {
        for (int c = from; c < to; c++) {
            if (text.charAt(c) == '\n') {
                return true;
            }
        }
        return false;
    }
}
