package io.signindoctor.engine;

import io.signindoctor.model.Advisory;
import io.signindoctor.model.Fact;
import io.signindoctor.model.Observation;
import io.signindoctor.model.Support;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Classifies many incidents, one after the other, on one thread. Exports repeat themselves: the same story with the
 * same error code and setting comes back thousands of times, so an incident whose observations match a recent one
 * gets that verdict again without running the rules (see {@link Observation}; the workers of a run share one
 * {@link VerdictCache}). With rules that never read an address's digits, observations match up to which addresses
 * they name: tickets that each name their own server's address tell the same story. Otherwise the rules run in a
 * session that comes from a pool of one and goes back to it after each incident: giving it back resets its working
 * memory in one sweep, which costs less than deleting each fact and letting truth maintenance withdraw every
 * conclusion drawn from it, and far less than building a session per incident. Unlike {@link CaseSession} it keeps
 * only which rules fired, the confidence of each cause and the advisories raised, not the trace or the evidence,
 * which a batch has no use for; equal verdicts are handed out as one object, so that a batch can tell them apart by
 * identity.
 */
public final class BatchSession implements AutoCloseable {

    private final KnowledgeBase knowledgeBase;
    private final KieSessionsPool pool;
    private final VerdictCache verdicts;
    private final boolean readsNoAddressDigits;
    /** Many observations lead to one verdict: it is handed out as one object (see DistinctVerdicts). */
    private final DistinctVerdicts distinct = new DistinctVerdicts(VerdictCache.REMEMBERED);
    private final Map<Rule, String> ruleIds = new IdentityHashMap<>();
    private final Set<String> fired = new LinkedHashSet<>();
    private final LoopWatch loops;
    private final AgendaEventListener firings = new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            fired.add(ruleIds.computeIfAbsent(event.getMatch().getRule(),
                    rule -> knowledgeBase.metadataOf(rule).id()));
        }
    };

    /**
     * A session that reuses the verdicts remembered in verdicts (which other workers' sessions may share), or, when
     * verdicts is null, runs the rules every time.
     */
    public BatchSession(KnowledgeBase knowledgeBase, VerdictCache verdicts) {
        this.knowledgeBase = knowledgeBase;
        this.pool = knowledgeBase.newSessionPool();
        this.loops = knowledgeBase.loopWatch();
        this.verdicts = verdicts;
        this.readsNoAddressDigits = knowledgeBase.readsNoAddressDigits();
    }

    /** The verdict on one incident's facts. */
    public Verdict classify(List<Fact> facts) {
        if (verdicts == null) {
            return runRules(facts);
        }
        Observation observation = readsNoAddressDigits ? Observation.upToAddresses(facts) : Observation.of(facts);
        Verdict known = verdicts.find(observation);
        if (known != null) {
            return known;
        }
        Verdict verdict = runRules(facts);
        verdicts.remember(observation, verdict);
        return verdict;
    }

    private Verdict runRules(List<Fact> facts) {
        KieSession session = knowledgeBase.withGlobals(pool.newKieSession());
        try {
            session.addEventListener(firings);
            loops.attach(session);
            for (Fact fact : facts) {
                session.insert(fact);
            }
            knowledgeBase.fireAll(session, loops);
            List<Support> supports = new ArrayList<>();
            Set<String> advisories = new TreeSet<>();
            for (Object object : session.getObjects(BatchSession::isConclusion)) {
                if (object instanceof Support support) {
                    supports.add(support);
                } else {
                    advisories.add(((Advisory) object).topic());
                }
            }
            return distinct.of(new Verdict(Ranking.scores(supports), List.copyOf(advisories), List.copyOf(fired)));
        } finally {
            fired.clear();
            session.dispose();
        }
    }

    private static boolean isConclusion(Object object) {
        return object instanceof Support || object instanceof Advisory;
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
