package io.signindoctor.extract;

import com.google.re2j.Pattern;
import java.util.List;
import java.util.Set;

/**
 * One entry of rules/reading.yaml: what a clause states when its cue words occur together, either about a value in
 * it (a role: "internal server" gives 10.0.0.5 the role client.internal-server) or on its own (a statement: "account"
 * and "disabled" say account.enabled = false). The cue groups must all occur, in any order, close enough; the
 * polarity says whether the clause must be affirmed or negated for the facts to hold.
 *
 * @param takes  the kinds of value it gives a role to; empty for a statement
 * @param valuePattern what the value must look like beyond its kind (sip\. for a sip.domain record), or null
 * @param anchor the kinds of a second value the sentence must hold (the SRV name a target belongs to); empty if none
 * @param cues   groups of cue phrases, each phrase as word stems; one phrase of every group must occur
 * @param unless phrases that, in the same clause, mean the entry does not apply
 * @param unlessInClause whether an unless phrase cancels a statement anywhere in its clause (when not itself
 *        negated: "manual settings work" is a workaround, "manual settings don't work" is not), rather than only
 *        next to its cue words
 * @param within how many words the furthest cue may stand from the value (or, for a statement, the cues apart)
 * @param acrossSentences whether the cues may stand in other sentences than the value (within the same reach)
 * @param contextFrom the number of the first context group among the cues: the groups from it on are the topic
 *        of the text around the value rather than words of its own clause ("TCP" in the sentence before "the front
 *        end now listens on 5080"), and may stand in any sentence within contextWithin words
 * @param contextWithin how many words a context group may stand from the value (or from the first cue)
 * @param fallback whether the reading gives its facts only when no other reading gives the text the same facts:
 *        a looser way of reading what a stricter entry reads better when it can
 */
record Reading(String id, String name, int line, Set<ValueKind> takes, Pattern valuePattern, long min, long max,
        Set<ValueKind> anchor, List<List<String[]>> cues, List<String[]> unless, boolean unlessInClause,
        Polarity polarity, int within, int penalty, boolean acrossSentences, List<FactTemplate> facts,
        int contextFrom, int contextWithin, boolean fallback) {

    /** Whether the facts hold when the clause is affirmed, when it is negated, or either way. */
    enum Polarity { AFFIRMED, NEGATED, EITHER }

    boolean isRole() {
        return !takes.isEmpty();
    }

    /** Whether a value of this kind and text can take the role. */
    boolean accepts(Token value) {
        if (!takes.contains(value.kind())) {
            return false;
        }
        if (value.kind() == ValueKind.NUMBER) {
            long number = Long.parseLong(value.text());
            if (number < min || number > max) {
                return false;
            }
        }
        return valuePattern == null || valuePattern.matcher(value.text()).find();
    }

    /** Whether a cue group (by its number) is a context group rather than one of the clause's own. */
    boolean isContext(int group) {
        return group >= contextFrom;
    }

    boolean holds(boolean negated) {
        return polarity == Polarity.EITHER || (polarity == Polarity.NEGATED) == negated;
    }
}
