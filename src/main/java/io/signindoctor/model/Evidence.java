package io.signindoctor.model;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/** The facts a rule matched when it fired: what a report shows as the reason for a conclusion. */
final class Evidence {

    private Evidence() {
    }

    /** A plain loop rather than a stream: this runs at every firing, a million times over in a batch. */
    static List<Fact> of(RuleContext kcontext) {
        List<Fact> facts = new ArrayList<>();
        for (Object object : kcontext.getMatch().getObjects()) {
            if (object instanceof Fact fact) {
                facts.add(fact);
            }
        }
        return List.copyOf(facts);
    }
}
