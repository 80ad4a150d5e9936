package io.signindoctor.kb;

import io.signindoctor.engine.BuiltInRules;
import io.signindoctor.engine.KnowledgeBase;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kbfiles.KnowledgeFiles;
import io.signindoctor.kbfiles.SiteFolder;
import io.signindoctor.kbfiles.TextFile;
import io.signindoctor.model.Fact;
import io.signindoctor.model.RuleMetadata;
import io.signindoctor.resemble.ResemblanceModel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * The whole knowledge base in force for a run: compiled rules, cause pages and the facts schema with its vocabulary.
 * Each part is loaded in the background and waited for only when first used, because loading is most of the
 * start-up time of a one-shot command. The built-in rules are loaded as rules first; the network of all of them is
 * built when asked for ({@link #rules()}), while a one-shot diagnosis builds the network of the rules its case can
 * fire ({@link #rulesFor}).
 */
public final class Knowledge {

    private static volatile Knowledge builtIn;

    /** The built-in rules, or null when site folders are loaded and the rules are {@link #siteRules}. */
    private final CompletableFuture<BuiltInRules> builtInRules;
    private final KnowledgeBase siteRules;
    private final int firingLimit;
    private final CompletableFuture<CauseCatalog> pages;
    private final CompletableFuture<FactsSchema> schema;
    private final List<SiteFolder> sites;
    private final List<TextFile> catalogues;
    private volatile PatternCatalog catalogue;
    private final Supplier<ResemblanceModel> resemblanceSource;
    private volatile ResemblanceModel resemblance;

    /** Site knowledge: its parts already loaded, the reading catalogues of every layer (built-in first). */
    public Knowledge(KnowledgeBase rules, CauseCatalog pages, FactsSchema schema, List<SiteFolder> sites,
            List<TextFile> catalogues) {
        this(null, rules, KnowledgeBase.DEFAULT_FIRING_LIMIT, CompletableFuture.completedFuture(pages),
                CompletableFuture.completedFuture(schema), sites, catalogues, ResemblanceModel::builtIn);
    }

    private Knowledge(CompletableFuture<BuiltInRules> builtInRules, KnowledgeBase siteRules, int firingLimit,
            CompletableFuture<CauseCatalog> pages, CompletableFuture<FactsSchema> schema, List<SiteFolder> sites,
            List<TextFile> catalogues, Supplier<ResemblanceModel> resemblance) {
        this.resemblanceSource = resemblance;
        this.builtInRules = builtInRules;
        this.siteRules = siteRules;
        this.firingLimit = firingLimit;
        this.pages = pages;
        this.schema = schema;
        this.sites = List.copyOf(sites);
        this.catalogues = catalogues;
    }

    /** The built-in knowledge, its whole rule network built in the background: see {@link #builtIn(boolean)}. */
    public static Knowledge builtIn() {
        return builtIn(true);
    }

    /**
     * The built-in knowledge, loaded once per process. The first call only starts the loading, on two background
     * threads (the rules on one, the schema and its validator on the other), so that main can call it before parsing
     * the command line and the work overlaps everything else start-up does. With {@code wholeNetwork} the rules'
     * thread goes on to build the network of every rule, for a command that runs many cases; without it, it only
     * prepares Drools (BuiltInRules.prepare), for a diagnosis of one case that builds the network its case needs
     * ({@link #rulesFor}), which a whole network built beside it would compete with for the processor. Cause pages
     * are read one by one as they are asked for.
     */
    public static Knowledge builtIn(boolean wholeNetwork) {
        Knowledge loaded = builtIn;
        if (loaded == null) {
            synchronized (Knowledge.class) {
                if (builtIn == null) {
                    builtIn = new Knowledge(inBackground("knowledge-base-builder", () -> loadRules(wholeNetwork)),
                            null, KnowledgeBase.DEFAULT_FIRING_LIMIT,
                            CompletableFuture.completedFuture(CauseCatalog.builtIn()),
                            inBackground("facts-schema-reader", Knowledge::readSchema), List.of(), null,
                            ResemblanceModel::builtIn);
                }
                loaded = builtIn;
            }
        }
        return loaded;
    }

    private static BuiltInRules loadRules(boolean wholeNetwork) {
        BuiltInRules rules = BuiltInRules.load();
        if (wholeNetwork) {
            rules.all();
        } else {
            rules.prepare();
        }
        return rules;
    }

    private static FactsSchema readSchema() {
        FactsSchema schema = FactsSchema.builtIn();
        schema.validator();
        return schema;
    }

    private static <T> CompletableFuture<T> inBackground(String name, Supplier<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** The same knowledge, its rules bound to at most this many firings per case. */
    public Knowledge withFiringLimit(int limit) {
        return new Knowledge(builtInRules, siteRules, limit, pages, schema, sites, catalogues, resemblanceSource);
    }

    /** The same knowledge, ticket text compared by another resemblance model (or by none: the empty model). */
    public Knowledge withResemblance(Supplier<ResemblanceModel> model) {
        return new Knowledge(builtInRules, siteRules, firingLimit, pages, schema, sites, catalogues, model);
    }

    /**
     * The model ticket text is compared with, read when first asked for (only commands that read a ticket do): by
     * default the one the build trained on corpus/train.
     */
    public ResemblanceModel resemblance() {
        ResemblanceModel read = resemblance;
        if (read == null) {
            read = resemblanceSource.get();
            resemblance = read;
        }
        return read;
    }

    /** The network of every rule, waiting for it to be built, or building it, if need be. */
    public KnowledgeBase rules() {
        KnowledgeBase rules = builtInRules == null ? siteRules : await(builtInRules).all();
        return rules.withFiringLimit(firingLimit);
    }

    /**
     * A network that concludes for a case with these facts all that {@link #rules()} would: of the built-in rules,
     * those the facts can fire; with site folders, every rule, whose prerequisites no build has indexed.
     */
    public KnowledgeBase rulesFor(List<Fact> facts) {
        KnowledgeBase rules = builtInRules == null ? siteRules : await(builtInRules).forCase(facts);
        return rules.withFiringLimit(firingLimit);
    }

    public CauseCatalog pages() {
        return await(pages);
    }

    public FactsSchema schema() {
        return await(schema);
    }

    /** The site folders loaded beside the built-in knowledge base, in the order given. */
    public List<SiteFolder> sites() {
        return sites;
    }

    /**
     * The text reader's catalogues of every layer, read with this vocabulary when first asked for (most commands
     * read no text). A site's catalogues were checked when its folder was loaded.
     */
    public PatternCatalog catalogue() throws InvalidInputException {
        PatternCatalog read = catalogue;
        if (read == null) {
            read = PatternCatalog.read(catalogues(), vocabulary());
            catalogue = read;
        }
        return read;
    }

    /** The catalogue files of every layer, the built-in ones first. */
    public List<TextFile> catalogues() {
        return catalogues == null ? KnowledgeFiles.builtIn(KnowledgeFiles.Kind.CATALOGUES) : catalogues;
    }

    public Vocabulary vocabulary() {
        return schema().vocabulary();
    }

    /** A rule's name by its id; for the built-in rules read without building any network. */
    public String ruleName(String ruleId) {
        Optional<String> name = builtInRules == null
                ? siteRules.findRule(ruleId).map(RuleMetadata::name) : await(builtInRules).ruleName(ruleId);
        return name.orElse(ruleId);
    }

    public Optional<CausePage> page(String cause) {
        return pages().find(cause);
    }

    public String title(String cause) {
        return page(cause).map(CausePage::title).orElse(cause);
    }

    public String question(String fact) {
        return vocabulary().find(fact).map(Vocabulary.Entry::question).orElse(fact);
    }
}
