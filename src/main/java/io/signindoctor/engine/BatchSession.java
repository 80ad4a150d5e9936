package io.signindoctor.engine;

import io.signindoctor.model.Fact;
import io.signindoctor.model.Support;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One Drools session that classifies many incidents, one after the other, on one thread. Reusing the session
 * (insert, fire, delete) is faster than a session per incident, and unlike {@link CaseSession} it records only
 * which rules fired, not the full trace, which a batch of a million incidents has no use for.
 */
public final class BatchSession implements AutoCloseable {

    /**
     * Incidents a session classifies before it is replaced. Drools 10.1 keeps a match of every single-pattern rule
     * that inserted logically after its fact is deleted (incubator-kie-drools issue 6361, fixed in a later release),
     * so a session reused forever grows and slows down; renewing it now and then keeps both flat.
     */
    static final int RENEW_AFTER = 4096;

    private final KnowledgeBase knowledgeBase;
    private final Map<Rule, String> ruleIds = new IdentityHashMap<>();
    private final Set<String> fired = new LinkedHashSet<>();
    private final List<FactHandle> handles = new ArrayList<>();
    private KieSession session;
    private int classified;

    public BatchSession(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.session = newSession();
    }

    private KieSession newSession() {
        KieSession created = knowledgeBase.newSession();
        created.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(ruleIds.computeIfAbsent(event.getMatch().getRule(),
                        rule -> knowledgeBase.metadataOf(rule).id()));
            }
        });
        return created;
    }

    /** Runs the rules over one incident's facts and leaves the session empty for the next. */
    public Verdict classify(List<Fact> facts) {
        for (Fact fact : facts) {
            handles.add(session.insert(fact));
        }
        session.fireAllRules(knowledgeBase.activeRules());
        List<Support> supports = new ArrayList<>();
        for (Object object : session.getObjects(Support.class::isInstance)) {
            supports.add((Support) object);
        }
        Verdict verdict = new Verdict(Ranking.rank(supports), List.copyOf(fired));
        clear();
        return verdict;
    }

    /**
     * Deleting the facts withdraws every logical conclusion drawn from them, once the deletions are propagated,
     * which Drools does lazily, at the next fire. Should a rule ever insert something that outlives its facts, the
     * session is replaced at once, so no incident can see another's leftovers.
     */
    private void clear() {
        handles.forEach(session::delete);
        handles.clear();
        session.fireAllRules();
        fired.clear();
        if (++classified == RENEW_AFTER || session.getFactCount() != 0) {
            session.dispose();
            session = newSession();
            classified = 0;
        }
    }

    @Override
    public void close() {
        session.dispose();
    }
}
