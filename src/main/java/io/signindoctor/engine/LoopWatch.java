package io.signindoctor.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Counts, for one run of the rules, how often each rule fired and how often its consequence updated or deleted a
 * fact, so that a case that reaches the firing limit names the rule that loops. The rule that fires most
 * is not always it: a rule that keeps modifying a fact sets off every rule that matches the fact, and a built-in
 * rule of higher salience then fires as often as the site rule that loops, or more. Rules only insert conclusions
 * by convention, so the rule that updated facts most is the one to blame, else the one that deleted facts most (a
 * modified fact withdraws the conclusions drawn from it, which counts as a deletion by the modifying rule); when no
 * rule changed any fact (a loop of insertions), the rule that fired most is.
 */
final class LoopWatch {

    private record Count(Rule rule, int[] firings, int[] updates, int[] deletions) {
    }

    private final Function<Rule, String> ids;
    private final Map<Rule, Count> counts = new IdentityHashMap<>();
    private final AgendaEventListener firings = new DefaultAgendaEventListener() {
        @Override
        public void afterMatchFired(AfterMatchFiredEvent event) {
            count(event.getMatch().getRule()).firings()[0]++;
        }
    };
    private final RuleRuntimeEventListener changes = new DefaultRuleRuntimeEventListener() {
        @Override
        public void objectUpdated(ObjectUpdatedEvent event) {
            if (event.getRule() != null) {
                count(event.getRule()).updates()[0]++;
            }
        }

        @Override
        public void objectDeleted(ObjectDeletedEvent event) {
            if (event.getRule() != null) {
                count(event.getRule()).deletions()[0]++;
            }
        }
    };

    LoopWatch(Function<Rule, String> ids) {
        this.ids = ids;
    }

    /** Listens to a session; a pooled session that comes back may be given the same watch again. */
    void attach(KieSession session) {
        session.addEventListener(firings);
        session.addEventListener(changes);
    }

    /** Forgets the counts: each call that fires the rules is judged on its own firings. */
    void reset() {
        counts.clear();
    }

    private Count count(Rule rule) {
        return counts.computeIfAbsent(rule, key -> new Count(key, new int[1], new int[1], new int[1]));
    }

    /** What to tell a rule author when the limit is reached: the rule to blame, and what it and its company did. */
    RuleLoopException blame(int limit) {
        List<Count> ranked = new ArrayList<>(counts.values());
        ranked.sort(Comparator.comparingInt((Count count) -> count.updates()[0]).reversed()
                .thenComparing(Comparator.comparingInt((Count count) -> count.deletions()[0]).reversed())
                .thenComparing(Comparator.comparingInt((Count count) -> count.firings()[0]).reversed())
                .thenComparing(count -> ids.apply(count.rule())));
        if (ranked.isEmpty()) {
            return new RuleLoopException("(none)", "", limit);
        }
        Count culprit = ranked.get(0);
        String id = ids.apply(culprit.rule());
        StringBuilder account = new StringBuilder(String.format(Locale.ROOT, "%s fired %,d times", id,
                culprit.firings()[0]));
        if (culprit.updates()[0] > 0) {
            account.append(String.format(Locale.ROOT, " and updated facts %,d times", culprit.updates()[0]));
        } else if (culprit.deletions()[0] > 0) {
            account.append(String.format(Locale.ROOT, " and deleted facts %,d times", culprit.deletions()[0]));
        }
        ranked.stream().skip(1).max(Comparator.comparingInt((Count count) -> count.firings()[0]))
                .filter(other -> other.firings()[0] * 2 >= culprit.firings()[0])
                .ifPresent(other -> account.append(String.format(Locale.ROOT, ", and %s fired %,d times with it",
                        ids.apply(other.rule()), other.firings()[0])));
        return new RuleLoopException(id, account.toString(), limit);
    }
}
