package io.signindoctor.engine;

import io.signindoctor.extract.ErrorCodes;
import io.signindoctor.kbfiles.PackagedFile;
import io.signindoctor.model.Fact;
import io.signindoctor.model.RuleMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;

/**
 * The built-in rules as the build generated them, instantiated once, and the rule networks built from them: the
 * network of every rule for commands that run many cases or ask about the rules, or the network of the rules one case
 * can fire ({@link #forCase}), which is what a one-shot diagnosis builds. Building the network is most of its
 * start-up time, and a typical case can fire about a third of the rules; the others would never be activated, so it
 * concludes the same either way (BuiltInRulesTest compares the two on every case and example).
 */
public final class BuiltInRules {

    private final List<Model> models;
    private final RulePrerequisites prerequisites;
    private final ErrorCodes errorCodes;
    private volatile Map<String, String> namesById;
    private KnowledgeBase all;

    private BuiltInRules(List<Model> models, RulePrerequisites prerequisites, ErrorCodes errorCodes) {
        this.models = models;
        this.prerequisites = prerequisites;
        this.errorCodes = errorCodes;
    }

    /** Instantiates the generated model classes, which builds the rules but no network yet. */
    public static BuiltInRules load() {
        return new BuiltInRules(KnowledgeBase.builtInModels(),
                RulePrerequisites.parse(PackagedFile.read(RulePrerequisites.INDEX).lines()
                        .filter(line -> !line.isEmpty()).toList()), ErrorCodes.builtIn());
    }

    /**
     * Builds the network of no rule and opens a session of it, on the thread that loaded the rules while main is
     * still reading the command line and the facts: what any first network and first session cost whatever their
     * rules (Drools' services and configuration, the session's classes) is then paid off the critical path of a
     * diagnosis, which builds its own network after the facts are read.
     */
    public void prepare() {
        List<Model> none = models.stream().map(model -> (Model) new Part(model, List.of())).toList();
        network(none).newSession().dispose();
    }

    /** The network of every built-in rule, built on first use. */
    public synchronized KnowledgeBase all() {
        if (all == null) {
            all = KnowledgeBase.fromModels(models, errorCodes, List.of());
        }
        return all;
    }

    /**
     * The network of the rules that can fire for these facts, and only for them: an interview, which learns facts one
     * by one, needs {@link #all()}. Once the whole network is built it serves every case.
     */
    public KnowledgeBase forCase(List<Fact> facts) {
        synchronized (this) {
            if (all != null) {
                return all;
            }
        }
        return partFor(facts);
    }

    /** The network of the rules these facts can fire, built even when the whole network is at hand. */
    KnowledgeBase partFor(List<Fact> facts) {
        Set<String> possible = prerequisites.possible(facts);
        List<Model> part = models.stream().map(model -> (Model) new Part(model, model.getRules().stream()
                        .filter(rule -> {
                            String name = model.getPackageName() + "." + rule.getName();
                            return possible.contains(name) || !prerequisites.knows(name);
                        })
                        .toList()))
                .toList();
        return network(part);
    }

    /**
     * The network of some of the built-in rules, for one case: built without property reactivity when the index
     * shows that no built-in rule modifies a fact, so it concludes what the whole network does.
     */
    private KnowledgeBase network(List<Model> part) {
        return prerequisites.onlyInsertLogically() ? KnowledgeBase.ofUnmodifyingRules(part, errorCodes)
                : KnowledgeBase.of(part, errorCodes, List.of());
    }

    /** The name of the built-in rule with this {@code @id}, read from the rules' metadata without building a network. */
    public Optional<String> ruleName(String id) {
        Map<String, String> names = namesById;
        if (names == null) {
            names = models.stream().flatMap(model -> model.getRules().stream())
                    .map(rule -> RuleMetadata.of(rule.getName(), rule.getMetaData()))
                    .collect(Collectors.toMap(RuleMetadata::id, RuleMetadata::name, (first, second) -> first));
            namesById = names;
        }
        return Optional.ofNullable(names.get(id));
    }

    /**
     * A model with some of its rules: what the network of one case is built from. A plain class, not a record: a
     * record's equals and hashCode are linked at first use through method handles, on the critical path.
     */
    private static final class Part implements Model {

        private final Model whole;
        private final List<Rule> rules;

        Part(Model whole, List<Rule> rules) {
            this.whole = whole;
            this.rules = rules;
        }

        @Override
        public String getName() {
            return whole.getName();
        }

        @Override
        public String getPackageName() {
            return whole.getPackageName();
        }

        @Override
        public List<Global> getGlobals() {
            return whole.getGlobals();
        }

        @Override
        public List<Rule> getRules() {
            return rules;
        }

        @Override
        public List<Query> getQueries() {
            return whole.getQueries();
        }

        @Override
        public List<TypeMetaData> getTypeMetaDatas() {
            return whole.getTypeMetaDatas();
        }

        @Override
        public List<EntryPoint> getEntryPoints() {
            return whole.getEntryPoints();
        }
    }
}
