package io.signindoctor.engine;

import java.util.Locale;

/**
 * A case reached the firing limit: a rule keeps firing, most often one that modifies a fact it matches without
 * no-loop. Site rules are code the user chose to run, so this is a fault of the knowledge base, reported with the
 * rule's id rather than left to hang while memory grows.
 */
public final class RuleLoopException extends RuntimeException {

    private final String ruleId;

    RuleLoopException(String ruleId, String account, int limit) {
        super(String.format(Locale.ROOT, "rule %s keeps firing: one case reached the limit of %,d rule firings "
                + "(--max-firings raises it)%s; a rule that modifies a fact it matches needs no-loop, or a condition "
                + "the change makes false", ruleId, limit, account.isEmpty() ? "" : ": " + account));
        this.ruleId = ruleId;
    }

    public String ruleId() {
        return ruleId;
    }
}
