package io.signindoctor.engine;

import io.signindoctor.extract.ErrorCodes;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.RuleMetadata;
import io.signindoctor.kbfiles.PackagedFile;
import io.signindoctor.kbfiles.RuleSource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * The rules in force for this process: built once and shared, while each case gets a session of its own. The
 * built-in rules are loaded from model classes generated at build time, which is what keeps a one-shot diagnose fast;
 * rule folders given at run time are compiled on their own and joined to the built-in model.
 */
public final class KnowledgeBase {

    /** Lists the generated model classes of the built-in rules; written by the build (io.signindoctor.build.Precompiler). */
    public static final String MODEL_INDEX = "META-INF/signin-doctor/models.txt";

    private final KieBase kieBase;
    private final ErrorCodes errorCodes;
    private final Map<String, RuleMetadata> rulesByName;
    private final List<InputProblem> warnings;
    private final AgendaFilter activeRules;
    private final int firingLimit;

    /** The most rule firings one case may take unless the command line says otherwise. */
    public static final int DEFAULT_FIRING_LIMIT = 10_000;

    private KnowledgeBase(KieBase kieBase, ErrorCodes errorCodes, List<InputProblem> warnings) {
        this.kieBase = kieBase;
        this.errorCodes = errorCodes;
        this.warnings = List.copyOf(warnings);
        Map<String, RuleMetadata> byName = new LinkedHashMap<>();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            for (Rule rule : kiePackage.getRules()) {
                byName.put(qualified(rule), RuleMetadata.of(rule));
            }
        }
        this.rulesByName = byName;
        Set<String> retired = new HashSet<>();
        byName.forEach((name, meta) -> {
            if (meta.isRetired()) {
                retired.add(name);
            }
        });
        this.activeRules = retired.isEmpty() ? match -> true
                : match -> !retired.contains(qualified(match.getRule()));
        this.firingLimit = DEFAULT_FIRING_LIMIT;
    }

    private KnowledgeBase(KnowledgeBase rules, int firingLimit) {
        this.kieBase = rules.kieBase;
        this.errorCodes = rules.errorCodes;
        this.rulesByName = rules.rulesByName;
        this.warnings = rules.warnings;
        this.activeRules = rules.activeRules;
        this.firingLimit = firingLimit;
    }

    /** The same rules, with another bound on the firings of one case. */
    public KnowledgeBase withFiringLimit(int limit) {
        return limit == firingLimit ? this : new KnowledgeBase(this, limit);
    }

    /**
     * Fires the active rules the session's facts enable, at most the firing limit of them: a looping site rule
     * stops the command, naming the rule the watch attached to the session blames, instead of running until memory
     * is gone.
     */
    int fireAll(KieSession session, LoopWatch watch) {
        watch.reset();
        int fired = session.fireAllRules(activeRules, firingLimit);
        if (fired >= firingLimit) {
            throw watch.blame(firingLimit);
        }
        return fired;
    }

    /** A watch over the firings of a session of these rules, to name the one that loops. */
    LoopWatch loopWatch() {
        return new LoopWatch(rule -> metadataOf(rule).id());
    }

    /**
     * The built-in knowledge base, from the classes the build generated. One throw-away session is opened for every
     * knowledge base built:
     * the first session of a process pays for loading the session classes, and this usually runs on a background
     * thread while the command is still reading its input.
     */
    public static KnowledgeBase builtIn() {
        return BuiltInRules.load().all();
    }

    /**
     * The built-in rules plus rules compiled now from a site-local folder, with the error codes of every layer. Only
     * the site's DRL is compiled: the built-in rules keep their precompiled model, so a rule author's feedback loop
     * stays a few seconds long.
     */
    public static KnowledgeBase builtInWith(List<RuleSource> siteSources, ErrorCodes errorCodes)
            throws InvalidInputException {
        List<Model> models = new ArrayList<>(builtInModels());
        List<InputProblem> warnings = List.of();
        if (!siteSources.isEmpty()) {
            List<InputProblem> hidden = inBuiltInPackages(siteSources);
            if (!hidden.isEmpty()) {
                throw new InvalidInputException(hidden);
            }
            KnowledgeCompiler.Compiled compiled = new KnowledgeCompiler().compile(siteSources);
            models.addAll(compiled.models());
            warnings = compiled.warnings();
        }
        return fromModels(models, errorCodes, warnings);
    }

    /**
     * Site files declared in a package of the built-in rules: compiled beside the precompiled built-in model of that
     * package, their rules never fire, and nothing else would tell the author so.
     */
    private static List<InputProblem> inBuiltInPackages(List<RuleSource> siteSources) {
        Set<String> builtIn = builtInPackages();
        List<InputProblem> problems = new ArrayList<>();
        for (RuleSource source : siteSources) {
            source.packageName().filter(builtIn::contains).ifPresent(name -> problems.add(new InputProblem(
                    source.path(), source.packageLine(), 1, "package", "expected a package of the site's own, such as "
                    + "site.rules, got " + name + ", the built-in rules' package: rules declared in it never fire")));
        }
        return problems;
    }

    private static Set<String> builtInPackages() {
        Set<String> packages = new HashSet<>();
        for (String modelClass : PackagedFile.index(MODEL_INDEX)) {
            packages.add(modelClass.substring(0, modelClass.lastIndexOf('.')));
        }
        return packages;
    }

    /**
     * Whether these rules never read an IPv4 address's digits, so that incidents differing only in the addresses
     * they name reach the same conclusions (see Observation#upToAddresses). The built-in rules do not
     * (BuiltInRulesNameNoAddressTest); site rules are code this project has not read, so a knowledge base with any
     * is not taken to be so.
     */
    public boolean readsNoAddressDigits() {
        Set<String> builtIn = builtInPackages();
        for (KiePackage kiePackage : kieBase.getKiePackages()) {
            if (!kiePackage.getRules().isEmpty() && !builtIn.contains(kiePackage.getName())) {
                return false;
            }
        }
        return true;
    }

    static KnowledgeBase fromModels(List<Model> models, ErrorCodes errorCodes, List<InputProblem> warnings) {
        KnowledgeBase knowledgeBase = of(models, errorCodes, warnings);
        knowledgeBase.newSession().dispose();
        return knowledgeBase;
    }

    /** The network of these models without the throw-away session: for a network whose first session follows at once. */
    static KnowledgeBase of(List<Model> models, ErrorCodes errorCodes, List<InputProblem> warnings) {
        return new KnowledgeBase(KieBaseBuilder.createKieBaseFromModel(models), errorCodes, warnings);
    }

    /**
     * The same, for rules none of which modifies a fact: built without property reactivity, which only decides which
     * modifications a pattern reacts to. Working out the properties each pattern watches took about a fifth of the
     * processor time of building the network of examples/04 (107 against 84 ms, medians of alternating runs), and
     * without modifications it changes nothing.
     */
    static KnowledgeBase ofUnmodifyingRules(List<Model> models, ErrorCodes errorCodes) {
        return new KnowledgeBase(KieBaseBuilder.createKieBaseFromModel(models,
                KieServices.get().newKieBaseConfiguration(), new WithoutPropertyReactivity()), errorCodes, List.of());
    }

    static List<Model> builtInModels() {
        return PackagedFile.index(MODEL_INDEX).stream().map(KnowledgeBase::instantiate).toList();
    }

    /** Instantiating a generated model class builds its rules; there is one per DRL package. */
    private static Model instantiate(String className) {
        try {
            return (Model) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the built-in rules are damaged: cannot load " + className, e);
        }
    }

    static String qualified(Rule rule) {
        return rule.getPackageName() + "." + rule.getName();
    }

    public KieSession newSession() {
        return withGlobals(kieBase.newKieSession());
    }

    /** A session ready for the rules: given the globals they read (the error-code catalogues). */
    KieSession withGlobals(KieSession session) {
        session.setGlobal(ErrorCodes.GLOBAL, errorCodes);
        return session;
    }

    /**
     * A pool of one session, for a thread that runs many small cases one after another: a session disposed of goes
     * back to the pool with its working memory reset, ready for the next case.
     */
    public KieSessionsPool newSessionPool() {
        return kieBase.newKieSessionsPool(1);
    }

    /** Every rule with its metadata, in package order. */
    public Collection<RuleMetadata> rules() {
        return rulesByName.values();
    }

    public RuleMetadata metadataOf(Rule rule) {
        RuleMetadata known = rulesByName.get(qualified(rule));
        return known != null ? known : RuleMetadata.of(rule);
    }

    public Optional<RuleMetadata> findRule(String id) {
        return rulesByName.values().stream().filter(meta -> meta.id().equals(id)).findFirst();
    }

    /**
     * Retired rules stay in their files, so their ids are never reused, but they no longer fire. Worked out once,
     * since the filter is asked about every match of every case, a million times in a batch.
     */

    public List<InputProblem> warnings() {
        return warnings;
    }
}
