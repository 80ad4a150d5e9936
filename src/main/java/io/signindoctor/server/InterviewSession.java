package io.signindoctor.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.engine.RankedCause;
import io.signindoctor.facts.FactsFileWriter;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.interview.Answer;
import io.signindoctor.interview.AnswerParser;
import io.signindoctor.interview.Interview;
import io.signindoctor.interview.Question;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.Need;
import io.signindoctor.report.JsonReport;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One engineer's interview over the API: the interview package's logic (which question next, what an answer means,
 * taking it back), with each step answered as JSON instead of printed to a terminal. Every call holds the session's
 * lock, since a Drools session serves one caller at a time; two interviews never share anything but the rules.
 */
final class InterviewSession implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String id;
    private final Knowledge knowledge;
    private final Interview interview;
    private final AnswerParser parser = new AnswerParser();
    private Optional<Question> question;
    private volatile Instant lastUsed;

    InterviewSession(String id, Knowledge knowledge, Interview interview, Instant now) {
        this.id = id;
        this.knowledge = knowledge;
        this.interview = interview;
        this.question = interview.next();
        this.lastUsed = now;
    }

    String id() {
        return id;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    void touch(Instant now) {
        lastUsed = now;
    }

    /** Where the interview stands: the question to answer now (null once done) and the causes as they stand. */
    synchronized ObjectNode state() {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("done", question.isEmpty());
        node.put("answered", interview.questionsAnswered());
        question.ifPresentOrElse(next -> question(node.putObject("question"), next), () -> node.putNull("question"));
        node.set("causes", status());
        return node;
    }

    /**
     * Answers the question now asked; expected, when given, is the fact the caller saw asked, so an answer meant for
     * an earlier question (another tab, a double click) is refused instead of given to the wrong question.
     */
    synchronized ObjectNode answer(String text, String expected) {
        Question now = current(expected);
        AnswerParser.Parsed parsed = parser.parse(now.entry(), text);
        if (parsed.value().isEmpty()) {
            throw Problem.badRequest("answer", parsed.problem() + " (or send unknown)");
        }
        interview.answer(now.entry(), parsed.value().get());
        question = interview.next();
        return state();
    }

    synchronized ObjectNode unknown(String expected) {
        interview.unknown(current(expected).fact());
        question = interview.next();
        return state();
    }

    synchronized ObjectNode back() {
        Optional<Answer> undone = interview.back();
        question = interview.next();
        ObjectNode node = state();
        node.put("tookBack", undone.map(Answer::factId).orElse(null));
        return node;
    }

    /** Which rules asked the question now asked, what it bears on, and how each possible answer would move it. */
    synchronized ObjectNode why() {
        Question now = current(null);
        Diagnosis diagnosis = interview.diagnosis();
        ObjectNode node = JSON.createObjectNode();
        node.put("fact", now.fact());
        node.put("question", now.entry().question());
        ArrayNode raisedBy = node.putArray("raisedBy");
        for (Need need : now.reasons().raisedBy()) {
            ObjectNode item = raisedBy.addObject();
            item.put("rule", need.ruleId());
            item.put("name", knowledge.ruleName(need.ruleId()));
            need.causes().forEach(item.putArray("causes")::add);
        }
        ArrayNode bearsOn = node.putArray("bearsOn");
        for (String cause : now.reasons().causes()) {
            ObjectNode item = bearsOn.addObject();
            item.put("cause", cause);
            item.put("title", knowledge.title(cause));
            item.put("confidence", JsonReport.round(confidenceOf(diagnosis, cause)));
        }
        ArrayNode effects = node.putArray("effects");
        for (Interview.Effect effect : interview.effects(now)) {
            ObjectNode item = effects.addObject();
            item.put("answer", effect.answer());
            item.put("label", label(now.entry(), effect.answer()));
            ArrayNode moves = item.putArray("moves");
            for (RankedCause after : effect.after()) {
                double before = confidenceOf(diagnosis, after.cause());
                if (Math.abs(after.confidence() - before) > 0.005) {
                    ObjectNode move = moves.addObject();
                    move.put("cause", after.cause());
                    move.put("before", JsonReport.round(before));
                    move.put("after", JsonReport.round(after.confidence()));
                }
            }
        }
        return node;
    }

    /** The causes as they stand, best first, each marked established when it reaches the threshold. */
    synchronized ArrayNode status() {
        Diagnosis diagnosis = interview.diagnosis();
        ArrayNode causes = JSON.createArrayNode();
        for (int i = 0; i < diagnosis.causes().size(); i++) {
            RankedCause cause = diagnosis.causes().get(i);
            ObjectNode item = causes.addObject();
            item.put("rank", i + 1);
            item.put("cause", cause.cause());
            item.put("title", knowledge.title(cause.cause()));
            item.put("confidence", JsonReport.round(cause.confidence()));
            item.put("established", cause.confidence() >= diagnosis.threshold());
        }
        return causes;
    }

    /** Cause N of status with its remedy, rules and evidence, as the diagnosis document gives it. */
    synchronized JsonNode how(int rank) {
        JsonNode causes = new JsonReport(knowledge).toJson(interview.diagnosis(), false).get("causes");
        if (rank < 1 || rank > causes.size()) {
            throw Problem.of(404, "Not found", "there is no cause " + rank + "; status lists " + causes.size())
                    .withField("n");
        }
        return causes.get(rank - 1);
    }

    /** The diagnosis document and the facts file of everything known, which diagnose turns into the same diagnosis. */
    synchronized ObjectNode finish() {
        ObjectNode node = JSON.createObjectNode();
        node.put("answered", interview.questionsAnswered());
        node.set("diagnosis", new JsonReport(knowledge).toJson(interview.diagnosis(), false));
        node.put("factsFile", new FactsFileWriter(knowledge.vocabulary()).write(interview.facts()));
        return node;
    }

    private Question current(String expected) {
        Question now = question.orElseThrow(() -> Problem.of(409, "Conflict",
                "the interview is over; finish it for the diagnosis, or take an answer back"));
        if (expected != null && !expected.equals(now.fact())) {
            throw Problem.of(409, "Conflict", "the question now asked is " + now.fact() + ", not " + expected
                    + "; get the interview's state again").withField("fact");
        }
        return now;
    }

    private static void question(ObjectNode node, Question question) {
        Vocabulary.Entry entry = question.entry();
        node.put("fact", entry.id());
        node.put("text", entry.question());
        node.put("type", entry.type());
        ArrayNode choices = node.putArray("choices");
        for (String value : question.enumerable() ? question.possibleAnswers() : List.<String>of()) {
            ObjectNode choice = choices.addObject();
            choice.put("value", value);
            choice.put("label", label(entry, value));
        }
        node.put("expected", entry.spec().expected());
    }

    private static String label(Vocabulary.Entry entry, String value) {
        if (entry.type().equals("boolean")) {
            return value.equals("true") ? "yes" : "no";
        }
        return entry.labelOf(value);
    }

    private static double confidenceOf(Diagnosis diagnosis, String cause) {
        return diagnosis.causes().stream().filter(ranked -> ranked.cause().equals(cause))
                .mapToDouble(RankedCause::confidence).findFirst().orElse(0);
    }

    @Override
    public synchronized void close() {
        interview.close();
    }
}
