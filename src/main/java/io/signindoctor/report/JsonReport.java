package io.signindoctor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.signindoctor.engine.Diagnosis;
import io.signindoctor.engine.OpenQuestion;
import io.signindoctor.engine.RankedCause;
import io.signindoctor.engine.RuleFiring;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.Advisory;
import io.signindoctor.model.Fact;
import io.signindoctor.model.Need;
import io.signindoctor.model.Source;
import io.signindoctor.model.Support;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The diagnosis as a stable JSON document (format "signin-doctor/diagnosis/1", described in the README), for tools
 * and tickets. Fields are only ever added within a format version; confidences are rounded to three decimals so the
 * same case always gives the same bytes.
 */
public final class JsonReport {

    public static final String FORMAT = "signin-doctor/diagnosis/1";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Knowledge knowledge;

    public JsonReport(Knowledge knowledge) {
        this.knowledge = knowledge;
    }

    public void write(Diagnosis diagnosis, PrintWriter out, boolean explain) {
        try {
            out.println(JSON.writeValueAsString(toJson(diagnosis, explain)));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectNode toJson(Diagnosis diagnosis, boolean explain) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("case", diagnosis.title());
        root.put("threshold", round(diagnosis.threshold()));
        List<RankedCause> shown = diagnosis.shown();
        root.put("top", shown.isEmpty() ? null : shown.get(0).cause());
        ArrayNode causes = root.putArray("causes");
        for (int i = 0; i < diagnosis.causes().size(); i++) {
            RankedCause cause = diagnosis.causes().get(i);
            ObjectNode node = causes.addObject();
            node.put("rank", i + 1);
            node.put("cause", cause.cause());
            node.put("title", knowledge.title(cause.cause()));
            node.put("confidence", round(cause.confidence()));
            node.put("shown", diagnosis.isShown(cause));
            page(node, cause.cause());
            ArrayNode supports = node.putArray("rules");
            cause.supports().forEach(support -> support(supports.addObject(), support));
        }
        ArrayNode advisories = root.putArray("advisories");
        for (Advisory advisory : diagnosis.advisories()) {
            ObjectNode node = advisories.addObject();
            node.put("advisory", advisory.topic());
            node.put("title", knowledge.title(advisory.topic()));
            node.put("rule", advisory.ruleId());
            page(node, advisory.topic());
            evidence(node.putArray("evidence"), EvidenceLine.of(advisory.evidence()));
        }
        ArrayNode checkNext = root.putArray("checkNext");
        for (OpenQuestion question : diagnosis.openQuestions()) {
            ObjectNode node = checkNext.addObject();
            node.put("fact", question.fact());
            node.put("question", knowledge.question(question.fact()));
            ArrayNode bearsOn = node.putArray("causes");
            question.causes().forEach(bearsOn::add);
        }
        ArrayNode facts = root.putArray("facts");
        diagnosis.facts().forEach(fact -> fact(facts.addObject(), fact));
        if (explain) {
            ArrayNode trace = root.putArray("trace");
            diagnosis.trace().forEach(firing -> firing(trace.addObject(), firing));
        }
        return root;
    }

    private void page(ObjectNode node, String cause) {
        knowledge.page(cause).ifPresent(page -> {
            node.put("doc", page.file());
            node.put("reference", page.reference());
            ArrayNode remedy = node.putArray("remedy");
            page.remedySteps().forEach(remedy::add);
        });
        if (knowledge.page(cause).isEmpty()) {
            node.putNull("doc");
        }
    }

    private void support(ObjectNode node, Support support) {
        node.put("rule", support.ruleId());
        node.put("name", knowledge.ruleName(support.ruleId()));
        node.put("confidence", round(support.confidence()));
        evidence(node.putArray("evidence"), EvidenceLine.of(support.evidence()));
    }

    private static void evidence(ArrayNode array, List<EvidenceLine> lines) {
        for (EvidenceLine line : lines) {
            ObjectNode node = array.addObject();
            fact(node, line.fact());
            if (!line.basis().isEmpty()) {
                evidence(node.putArray("basis"), line.basis());
            }
        }
    }

    private static void fact(ObjectNode node, Fact fact) {
        node.put("fact", fact.describe());
        Source source = fact.getSource();
        ObjectNode from = node.putObject("source");
        from.put("kind", source.kind().name().toLowerCase(java.util.Locale.ROOT));
        from.put("where", source.where());
        if (source.line() > 0) {
            from.put("line", source.line());
        }
        if (source.words() != null) {
            from.put("words", source.words());
        }
        if (source.note() != null) {
            from.put("note", source.note());
        }
    }

    private static void firing(ObjectNode node, RuleFiring firing) {
        node.put("order", firing.order());
        node.put("rule", firing.ruleId());
        node.put("name", firing.ruleName());
        ArrayNode matched = node.putArray("matched");
        firing.matched().forEach(fact -> fact(matched.addObject(), fact));
        ArrayNode inserted = node.putArray("inserted");
        for (Object concluded : firing.concluded()) {
            ObjectNode item = inserted.addObject();
            if (concluded instanceof Support support) {
                item.put("support", support.cause());
                item.put("confidence", round(support.confidence()));
            } else if (concluded instanceof Advisory advisory) {
                item.put("advisory", advisory.topic());
            } else if (concluded instanceof Need need) {
                item.put("need", need.fact());
                ArrayNode causes = item.putArray("causes");
                need.causes().forEach(causes::add);
            } else if (concluded instanceof Fact fact) {
                item.put("derived", fact.describe());
            }
        }
    }

    /** A confidence as every JSON document gives it: three decimals, so the same case always gives the same bytes. */
    public static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
