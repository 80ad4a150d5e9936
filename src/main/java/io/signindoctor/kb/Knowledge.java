package io.signindoctor.kb;

import io.signindoctor.engine.KnowledgeBase;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.model.RuleMetadata;
import java.util.Optional;

/**
 * The whole knowledge base in force for a run: compiled rules, cause pages and the facts schema with its vocabulary.
 * Commands load it once and hand it to whatever reads facts, runs cases or renders reports.
 */
public record Knowledge(KnowledgeBase rules, CauseCatalog pages, FactsSchema schema) {

    public static Knowledge builtIn() {
        return new Knowledge(KnowledgeBase.builtIn(), CauseCatalog.builtIn(), FactsSchema.builtIn());
    }

    public Vocabulary vocabulary() {
        return schema.vocabulary();
    }

    public String ruleName(String ruleId) {
        return rules.findRule(ruleId).map(RuleMetadata::name).orElse(ruleId);
    }

    public Optional<CausePage> page(String cause) {
        return pages.find(cause);
    }

    public String title(String cause) {
        return page(cause).map(CausePage::title).orElse(cause);
    }

    public String question(String fact) {
        return vocabulary().find(fact).map(Vocabulary.Entry::question).orElse(fact);
    }
}
