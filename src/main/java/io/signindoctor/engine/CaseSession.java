package io.signindoctor.engine;

import io.signindoctor.model.Advisory;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.Fact;
import io.signindoctor.model.NamedValue;
import io.signindoctor.model.Need;
import io.signindoctor.model.Support;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One case in one Drools session. Facts can be added and withdrawn one at a time (the interview's answers and
 * "back"); conclusions are inserted logically by the rules, so withdrawing a fact withdraws what followed from it.
 */
public final class CaseSession implements AutoCloseable {

    private final KnowledgeBase knowledgeBase;
    private final KieSession session;
    private final TraceRecorder trace;
    private final LoopWatch loops;
    private final Map<Fact, FactHandle> handles = new LinkedHashMap<>();
    private final Set<String> unknown = new LinkedHashSet<>();

    public CaseSession(KnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
        this.session = knowledgeBase.newSession();
        this.trace = new TraceRecorder(knowledgeBase);
        trace.attach(session);
        this.loops = knowledgeBase.loopWatch();
        loops.attach(session);
    }

    public void add(Fact fact) {
        handles.put(fact, session.insert(fact));
    }

    public void addAll(List<Fact> facts) {
        facts.forEach(this::add);
    }

    public void withdraw(Fact fact) {
        FactHandle handle = handles.remove(fact);
        if (handle != null) {
            session.delete(handle);
        }
    }

    /** Records that a fact cannot be found out, so it is not suggested or asked again. */
    public void markUnknown(String factId) {
        unknown.add(factId);
    }

    public void forgetUnknown(String factId) {
        unknown.remove(factId);
    }

    /** The facts marked unknown, in the order they were. */
    public List<String> unknown() {
        return List.copyOf(unknown);
    }

    public List<Fact> facts() {
        return List.copyOf(handles.keySet());
    }

    /** Fires the rules that the facts now enable and returns what the case amounts to. */
    public Diagnosis diagnose(String title, double threshold) {
        knowledgeBase.fireAll(session, loops);
        List<RankedCause> causes = Ranking.rank(objects(Support.class));
        return new Diagnosis(title, facts(), causes, threshold, objects(Advisory.class), openQuestions(causes),
                trace.firings());
    }

    /** Runs a whole case in a fresh session: the one-shot path of diagnose, batch and case tests. */
    public static Diagnosis diagnose(KnowledgeBase knowledgeBase, CaseFacts facts, double threshold) {
        try (CaseSession session = new CaseSession(knowledgeBase)) {
            session.addAll(facts.facts());
            facts.unknown().forEach(session::markUnknown);
            return session.diagnose(facts.title(), threshold);
        }
    }

    /** The session's objects of a type in the order of their text, each object's text made once for the sort. */
    private <T> List<T> objects(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Object object : session.getObjects(type::isInstance)) {
            found.add(type.cast(object));
        }
        Map<Object, String> keys = new IdentityHashMap<>();
        found.sort(Comparator.comparing(object -> keys.computeIfAbsent(object, Object::toString)));
        return found;
    }

    private List<OpenQuestion> openQuestions(List<RankedCause> causes) {
        Set<String> known = objects(NamedValue.class).stream().map(NamedValue::getId).collect(Collectors.toSet());
        Map<String, List<Need>> byFact = objects(Need.class).stream()
                .filter(need -> !known.contains(need.fact()) && !unknown.contains(need.fact()))
                .collect(Collectors.groupingBy(Need::fact, LinkedHashMap::new, Collectors.toList()));
        Map<String, Double> confidenceOf = causes.stream()
                .collect(Collectors.toMap(RankedCause::cause, RankedCause::confidence));
        return byFact.entrySet().stream()
                .map(entry -> new OpenQuestion(entry.getKey(),
                        entry.getValue().stream().flatMap(need -> need.causes().stream()).distinct().sorted().toList(),
                        entry.getValue()))
                .sorted(Comparator.<OpenQuestion>comparingInt(question -> question.causes().size()).reversed()
                        .thenComparing(question -> -question.causes().stream()
                                .mapToDouble(cause -> confidenceOf.getOrDefault(cause, 0.0)).max().orElse(0))
                        .thenComparing(OpenQuestion::fact))
                .toList();
    }

    @Override
    public void close() {
        session.dispose();
    }
}
