package io.signindoctor.kb;

import io.signindoctor.engine.KnowledgeBase;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kbfiles.KnowledgeFiles;
import io.signindoctor.kbfiles.SiteFolder;
import io.signindoctor.kbfiles.TextFile;
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
 * start-up time of a one-shot command.
 */
public final class Knowledge {

    private static volatile Knowledge builtIn;

    private final CompletableFuture<KnowledgeBase> rules;
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
        this(CompletableFuture.completedFuture(rules), CompletableFuture.completedFuture(pages),
                CompletableFuture.completedFuture(schema), sites, catalogues);
    }

    private Knowledge(CompletableFuture<KnowledgeBase> rules, CompletableFuture<CauseCatalog> pages,
            CompletableFuture<FactsSchema> schema, List<SiteFolder> sites, List<TextFile> catalogues) {
        this(rules, pages, schema, sites, catalogues, ResemblanceModel::builtIn);
    }

    private Knowledge(CompletableFuture<KnowledgeBase> rules, CompletableFuture<CauseCatalog> pages,
            CompletableFuture<FactsSchema> schema, List<SiteFolder> sites, List<TextFile> catalogues,
            Supplier<ResemblanceModel> resemblance) {
        this.rules = rules;
        this.pages = pages;
        this.schema = schema;
        this.sites = List.copyOf(sites);
        this.catalogues = catalogues;
        this.resemblanceSource = resemblance;
    }

    /**
     * The built-in knowledge, loaded once per process. The first call only starts the loading, on two background
     * threads (the rule network on one, the schema and its validator on the other), so that main can call it before
     * parsing the command line and the work overlaps everything else start-up does. Cause pages are read one by one
     * as they are asked for.
     */
    public static Knowledge builtIn() {
        Knowledge loaded = builtIn;
        if (loaded == null) {
            synchronized (Knowledge.class) {
                if (builtIn == null) {
                    builtIn = new Knowledge(inBackground("knowledge-base-builder", KnowledgeBase::builtIn),
                            CompletableFuture.completedFuture(CauseCatalog.builtIn()),
                            inBackground("facts-schema-reader", Knowledge::readSchema), List.of(), null);
                }
                loaded = builtIn;
            }
        }
        return loaded;
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
        return new Knowledge(rules.thenApply(knowledgeBase -> knowledgeBase.withFiringLimit(limit)), pages, schema,
                sites, catalogues, resemblanceSource);
    }

    /** The same knowledge, ticket text compared by another resemblance model (or by none: the empty model). */
    public Knowledge withResemblance(Supplier<ResemblanceModel> model) {
        return new Knowledge(rules, pages, schema, sites, catalogues, model);
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

    /** The compiled rules, waiting for them to be built if need be. */
    public KnowledgeBase rules() {
        return await(rules);
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

    public String ruleName(String ruleId) {
        return rules().findRule(ruleId).map(RuleMetadata::name).orElse(ruleId);
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
