package io.signindoctor.cases;

import io.signindoctor.engine.CaseSession;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.engine.KnowledgeBase;
import io.signindoctor.engine.OpenQuestion;
import io.signindoctor.engine.RankedCause;
import io.signindoctor.engine.RuleFiring;
import io.signindoctor.model.Advisory;
import io.signindoctor.model.CaseFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/** Runs a case through a fresh session and compares what followed with what the case expects. */
public final class CaseRunner {

    private final KnowledgeBase knowledgeBase;
    private final UnaryOperator<CaseFacts> readTexts;
    private final double threshold;

    /**
     * @param readTexts reads a case's {@code text:} into facts as diagnose reads a facts file's (extraction and
     *     resemblance), so a case can hold a ticket as written
     */
    public CaseRunner(KnowledgeBase knowledgeBase, UnaryOperator<CaseFacts> readTexts, double threshold) {
        this.knowledgeBase = knowledgeBase;
        this.readTexts = readTexts;
        this.threshold = threshold;
    }

    public CaseResult run(RuleCase ruleCase) {
        CaseFacts given = ruleCase.given().texts().isEmpty() ? ruleCase.given()
                : readTexts.apply(ruleCase.given());
        Diagnosis diagnosis = CaseSession.diagnose(knowledgeBase, given, threshold);
        Expectation expect = ruleCase.expect();
        List<String> failures = new ArrayList<>();
        List<String> shown = diagnosis.shown().stream().map(RankedCause::cause).toList();
        Set<String> fired = new TreeSet<>(diagnosis.trace().stream().map(RuleFiring::ruleId).toList());
        expect.top().ifPresent(top -> {
            String actual = shown.isEmpty() ? null : shown.get(0);
            if (!java.util.Objects.equals(top.orElse(null), actual)) {
                failures.add("top cause: expected " + top.orElse("none") + ", got " + (actual == null ? "none" : actual));
            }
        });
        expect.causes().ifPresent(causes -> {
            if (!new TreeSet<>(causes).equals(new TreeSet<>(shown))) {
                failures.add("causes shown: expected " + new TreeSet<>(causes) + ", got " + new TreeSet<>(shown));
            }
        });
        for (String cause : expect.notCauses()) {
            if (shown.contains(cause)) {
                failures.add("cause " + cause + " is shown but must not be");
            }
        }
        expect.advisories().ifPresent(advisories -> {
            Set<String> raised = new TreeSet<>(diagnosis.advisories().stream().map(Advisory::topic).toList());
            if (!new TreeSet<>(advisories).equals(raised)) {
                failures.add("advisories: expected " + new TreeSet<>(advisories) + ", got " + raised);
            }
        });
        List<String> asked = diagnosis.openQuestions().stream().map(OpenQuestion::fact).toList();
        for (String fact : expect.asks()) {
            if (!asked.contains(fact)) {
                failures.add("open questions: expected " + fact + " among " + asked);
            }
        }
        for (String rule : expect.fires()) {
            if (!fired.contains(rule)) {
                failures.add("rule " + rule + " did not fire; fired: " + fired);
            }
        }
        for (String rule : expect.silent()) {
            if (fired.contains(rule)) {
                failures.add("rule " + rule + " fired but must stay silent");
            }
        }
        return new CaseResult(ruleCase, failures, diagnosis);
    }
}
