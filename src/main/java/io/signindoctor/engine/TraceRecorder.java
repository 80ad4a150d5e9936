package io.signindoctor.engine;

import io.signindoctor.model.Fact;
import io.signindoctor.model.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

/**
 * Records every rule firing with the facts it matched and the objects its consequence inserted, so that --explain
 * and the interview's "how" can replay the reasoning without re-running anything.
 */
final class TraceRecorder {

    private final KnowledgeBase knowledgeBase;
    private final List<RuleFiring> firings = new ArrayList<>();
    private List<Object> inserting;

    TraceRecorder(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    void attach(KieSession session) {
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void beforeMatchFired(BeforeMatchFiredEvent event) {
                inserting = new ArrayList<>();
            }

            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                RuleMetadata meta = knowledgeBase.metadataOf(event.getMatch().getRule());
                List<Fact> matched = event.getMatch().getObjects().stream().filter(Fact.class::isInstance)
                        .map(Fact.class::cast).toList();
                firings.add(new RuleFiring(firings.size() + 1, meta.id(), meta.name(), matched, List.copyOf(inserting)));
                inserting = null;
            }
        });
        session.addEventListener(new DefaultRuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (inserting != null && event.getRule() != null) {
                    inserting.add(event.getObject());
                }
            }
        });
    }

    List<RuleFiring> firings() {
        return List.copyOf(firings);
    }
}
