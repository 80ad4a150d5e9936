package io.signindoctor.model;

import java.util.List;
import org.kie.api.runtime.rule.RuleContext;

/** The facts a rule matched when it fired: what a report shows as the reason for a conclusion. */
final class Evidence {

    private Evidence() {
    }

    static List<Fact> of(RuleContext kcontext) {
        return kcontext.getMatch().getObjects().stream()
                .filter(Fact.class::isInstance)
                .map(Fact.class::cast)
                .toList();
    }
}
