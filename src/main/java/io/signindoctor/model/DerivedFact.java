package io.signindoctor.model;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/**
 * A fact a rule worked out from others (a server address classified as an IP literal, the effective value of a policy
 * set at two scopes). It remembers the rule and the facts it came from, so evidence can always be followed back to
 * what the engineer supplied.
 */
public abstract class DerivedFact extends Fact {

    private final List<Fact> basis;

    protected DerivedFact(RuleContext kcontext) {
        super(Source.derived(RuleMetadata.of(kcontext.getRule()).id()));
        this.basis = Evidence.of(kcontext);
    }

    /** The facts the deriving rule matched. */
    public List<Fact> getBasis() {
        return basis;
    }

    /**
     * With the facts it came from: two derivations of one conclusion from different statements (a symptom stated in
     * the file and the same symptom derived from another answer) must not look alike, or the order in which a report
     * lists them, which sorts by this text, would change from run to run.
     */
    @Override
    public String toString() {
        return super.toString() + " from " + basis;
    }
}
