package io.signindoctor.interview;

import io.signindoctor.engine.CaseSession;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.engine.OpenQuestion;
import io.signindoctor.engine.RankedCause;
import io.signindoctor.facts.FactsMapper;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.CaseText;
import io.signindoctor.model.Fact;
import io.signindoctor.model.Source;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A diagnosis built one answer at a time. The rules say which facts would help (their needs); this class picks the
 * one that narrows the field most, stops once a cause is established that no remaining question could overturn,
 * and can take answers back, which withdraws everything the rules had concluded from them.
 */
public final class Interview implements AutoCloseable {

    /** A cause's confidence now and after one possible answer, for the "why" of a question. */
    public record Effect(String answer, List<RankedCause> after) {
    }

    private final Knowledge knowledge;
    private final CaseFacts initial;
    private final double threshold;
    private final CaseSession session;
    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<CaseText> texts = new ArrayList<>();
    private Diagnosis current;

    public Interview(Knowledge knowledge, CaseFacts initial, double threshold) {
        this.knowledge = knowledge;
        this.initial = initial;
        this.threshold = threshold;
        this.session = new CaseSession(knowledge.rules());
        session.addAll(initial.facts());
        initial.unknown().forEach(session::markUnknown);
        texts.addAll(initial.texts());
        this.current = session.diagnose(initial.title(), threshold);
    }

    public Diagnosis diagnosis() {
        return current;
    }

    /** The answers given so far, oldest first. */
    public List<Answer> answers() {
        List<Answer> inOrder = new ArrayList<>(answers);
        java.util.Collections.reverse(inOrder);
        return inOrder;
    }

    public int questionsAnswered() {
        return answers.size();
    }

    /** The facts of the case now: the initial ones, every known answer and what pasted texts stated. */
    public CaseFacts facts() {
        return new CaseFacts(initial.title(), session.facts(), session.unknown(), texts);
    }

    /**
     * Joins what a pasted text states to the case, so that its facts are not asked for. The reading decides what
     * the text adds; a fact the case already holds (an answer, a facts file's entry) stays as it is, whatever the
     * text says. A paste is not an answer: back does not take it back.
     *
     * @param reading the case after the text was read into it, given the case now
     * @return the facts the text added
     */
    public List<Fact> paste(CaseText text, UnaryOperator<CaseFacts> reading) {
        CaseFacts before = facts();
        Set<Fact> known = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        known.addAll(before.facts());
        List<Fact> added = reading.apply(before).facts().stream()
                .filter(fact -> !known.contains(fact) && text.isSourceOf(fact)).toList();
        session.addAll(added);
        texts.add(text);
        current = session.diagnose(initial.title(), threshold);
        return added;
    }

    /**
     * The question to ask next, or empty when the interview is over: a cause is established and no open question
     * could overturn it, or no question bears on a cause still open.
     */
    public Optional<Question> next() {
        List<Question> candidates = candidates(current);
        List<RankedCause> shown = current.shown();
        if (!shown.isEmpty()) {
            RankedCause top = shown.get(0);
            candidates = candidates.stream().filter(question -> couldOverturn(question, top)).toList();
        }
        Map<String, Double> confidence = new LinkedHashMap<>();
        current.causes().forEach(cause -> confidence.put(cause.cause(), cause.confidence()));
        List<String> order = knowledge.vocabulary().entries().stream().map(Vocabulary.Entry::id).toList();
        return candidates.stream().max(Comparator.<Question>comparingDouble(question -> score(question, confidence))
                .thenComparing(question -> -order.indexOf(question.fact())));
    }

    /** Open questions the vocabulary can ask, bearing on at least one cause not yet ruled out. */
    private List<Question> candidates(Diagnosis diagnosis) {
        Map<String, Double> confidence = new LinkedHashMap<>();
        diagnosis.causes().forEach(cause -> confidence.put(cause.cause(), cause.confidence()));
        List<Question> questions = new ArrayList<>();
        for (OpenQuestion open : diagnosis.openQuestions()) {
            knowledge.vocabulary().find(open.fact()).ifPresent(entry -> {
                boolean bearsOnOpenCause = open.causes().stream()
                        .anyMatch(cause -> confidence.getOrDefault(cause, 0.0) > -threshold);
                if (bearsOnOpenCause) {
                    questions.add(new Question(entry, open));
                }
            });
        }
        return questions;
    }

    /**
     * A question is worth what its most plausible open cause is worth (a small prior plus the cause's confidence),
     * with a little more for every further open cause it bears on: follow the strongest lead, and among equal leads
     * ask what splits the field most.
     */
    private double score(Question question, Map<String, Double> confidence) {
        List<Double> open = question.reasons().causes().stream()
                .map(cause -> confidence.getOrDefault(cause, 0.0))
                .filter(value -> value > -threshold)
                .map(value -> 0.1 + Math.max(0, value))
                .toList();
        return open.isEmpty() ? 0 : open.stream().mapToDouble(Double::doubleValue).max().orElse(0)
                + 0.05 * (open.size() - 1);
    }

    /**
     * Whether some answer would leave a different cause on top, or none: worked out by trying every answer of a
     * yes/no or choice question; a free-text question is taken to matter when it bears on the top cause.
     */
    private boolean couldOverturn(Question question, RankedCause top) {
        if (!question.enumerable()) {
            return question.reasons().causes().contains(top.cause());
        }
        for (String answer : question.possibleAnswers()) {
            List<RankedCause> shown = tryAnswer(question.entry(), answer).shown();
            if (shown.isEmpty() || !shown.get(0).cause().equals(top.cause())) {
                return true;
            }
        }
        return false;
    }

    /** The diagnosis an answer would give, worked out in a separate session so the case itself is untouched. */
    public Diagnosis tryAnswer(Vocabulary.Entry entry, String value) {
        try (CaseSession trial = new CaseSession(knowledge.rules())) {
            trial.addAll(session.facts());
            trial.add(factFor(entry, value));
            return trial.diagnose(initial.title(), threshold);
        }
    }

    /** How each possible answer to a question would move the causes it bears on. */
    public List<Effect> effects(Question question) {
        if (!question.enumerable()) {
            return List.of();
        }
        List<Effect> effects = new ArrayList<>();
        for (String answer : question.possibleAnswers()) {
            List<RankedCause> after = tryAnswer(question.entry(), answer).causes().stream()
                    .filter(cause -> question.reasons().causes().contains(cause.cause())).toList();
            effects.add(new Effect(answer, after));
        }
        return effects;
    }

    public void answer(Vocabulary.Entry entry, String value) {
        Fact fact = factFor(entry, value);
        session.add(fact);
        answers.push(new Answer(entry.id(), Optional.of(fact)));
        current = session.diagnose(initial.title(), threshold);
    }

    /** The engineer cannot find this out; it is not asked again. */
    public void unknown(String factId) {
        session.markUnknown(factId);
        answers.push(new Answer(factId, Optional.empty()));
        current = session.diagnose(initial.title(), threshold);
    }

    /** Takes the last answer back; returns it, or empty when there is nothing to take back. */
    public Optional<Answer> back() {
        if (answers.isEmpty()) {
            return Optional.empty();
        }
        Answer last = answers.pop();
        last.fact().ifPresentOrElse(session::withdraw, () -> session.forgetUnknown(last.factId()));
        current = session.diagnose(initial.title(), threshold);
        return Optional.of(last);
    }

    private static Fact factFor(Vocabulary.Entry entry, String value) {
        return FactsMapper.scalar(entry.group(), entry.name(), value, Source.answer(entry.id()));
    }

    @Override
    public void close() {
        session.close();
    }
}
