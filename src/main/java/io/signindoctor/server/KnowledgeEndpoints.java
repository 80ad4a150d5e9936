package io.signindoctor.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.signindoctor.kb.CausePage;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.RuleMetadata;
import io.signindoctor.report.JsonReport;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * GET /api/causes, /api/causes/{id} and /api/version: what the resident knowledge base knows, read from the same
 * pages and rule metadata the reports print from.
 */
final class KnowledgeEndpoints {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Knowledge knowledge;
    private final String version;

    KnowledgeEndpoints(Knowledge knowledge, String version) {
        this.knowledge = knowledge;
        this.version = version;
    }

    void routes(Javalin app) {
        app.get("/api/causes", this::causes);
        app.get("/api/causes/{id}", this::cause);
        app.get("/api/version", this::version);
    }

    private void causes(Context ctx) {
        ArrayNode list = JSON.createArrayNode();
        pages().forEach(page -> summary(list.addObject(), page));
        ctx.json(list);
    }

    private void cause(Context ctx) {
        String id = ctx.pathParam("id");
        CausePage page = knowledge.page(id).orElseThrow(() -> Problem.of(404, "Not found",
                "no cause or advisory is called \"" + id + "\"; GET /api/causes lists them").withField("id"));
        ObjectNode node = JSON.createObjectNode();
        summary(node, page);
        ObjectNode sections = node.putObject("sections");
        page.sections().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(section -> sections.put(section.getKey(), section.getValue()));
        ArrayNode rules = node.putArray("rules");
        for (RuleMetadata rule : knowledge.rules().rules()) {
            if (RuleMetadata.causeList(rule.cause().orElse("")).contains(id) && !rule.isRetired()) {
                ObjectNode item = rules.addObject();
                item.put("rule", rule.id());
                item.put("name", rule.name());
                rule.confidence().ifPresent(cf -> item.put("confidence", cf));
            }
        }
        ctx.json(node);
    }

    private void version(Context ctx) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", "signin-doctor");
        node.put("version", version);
        node.put("format", JsonReport.FORMAT);
        node.put("rules", knowledge.rules().rules().size());
        node.put("causes", pages().size());
        ctx.json(node);
    }

    private List<CausePage> pages() {
        return knowledge.pages().pages().stream().sorted(Comparator.comparing(CausePage::cause)).toList();
    }

    private static void summary(ObjectNode node, CausePage page) {
        node.put("cause", page.cause());
        node.put("kind", page.kind());
        node.put("title", page.title());
        node.put("doc", page.file());
        node.put("reference", page.reference());
        ArrayNode remedy = node.putArray("remedy");
        page.remedySteps().forEach(remedy::add);
    }
}
