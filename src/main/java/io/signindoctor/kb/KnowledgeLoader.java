package io.signindoctor.kb;

import io.signindoctor.engine.KnowledgeBase;
import io.signindoctor.extract.ErrorCodes;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.ReadingExamples;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.SchemaAdditions;
import io.signindoctor.kbfiles.KnowledgeFiles;
import io.signindoctor.kbfiles.KnowledgeLayer;
import io.signindoctor.kbfiles.RuleSource;
import io.signindoctor.kbfiles.SiteFolder;
import io.signindoctor.kbfiles.TextFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loads the knowledge in force: the built-in knowledge base alone, or with site folders added beside it. */
public final class KnowledgeLoader {

    /**
     * The parts of the knowledge base before its rules are compiled, with every problem found so far. Validation
     * works from this even when something is broken, so an author sees every problem in one pass.
     */
    public record Assembly(List<SiteFolder> sites, FactsSchema schema, CauseCatalog pages, List<RuleSource> siteRules,
            List<TextFile> catalogues, List<InputProblem> problems) {
    }

    public Knowledge load(List<Path> folders) throws InvalidInputException {
        if (folders.isEmpty()) {
            return Knowledge.builtIn();
        }
        Assembly assembly = assemble(folders);
        if (!assembly.problems().isEmpty()) {
            throw new InvalidInputException(assembly.problems());
        }
        return compile(assembly);
    }

    /** Compiles the site rules of a sound assembly and joins them to the built-in ones. */
    public Knowledge compile(Assembly assembly) throws InvalidInputException {
        return new Knowledge(KnowledgeBase.builtInWith(assembly.siteRules(), ErrorCodes.read(assembly.catalogues())),
                assembly.pages(), assembly.schema(), assembly.sites(), assembly.catalogues());
    }

    public Assembly assemble(List<Path> folders) {
        List<InputProblem> problems = new ArrayList<>();
        List<SiteFolder> sites = new ArrayList<>();
        FactsSchema schema = FactsSchema.builtIn();
        CauseCatalog pages = CauseCatalog.builtIn();
        List<RuleSource> siteRules = new ArrayList<>();
        List<TextFile> catalogues = new ArrayList<>(KnowledgeFiles.builtIn(KnowledgeFiles.Kind.CATALOGUES));
        boolean siteCatalogues = false;
        SchemaAdditions additions = new SchemaAdditions();
        for (Path folder : folders) {
            SiteFolder site = new SiteFolder(folder);
            if (site.problem().isPresent()) {
                problems.add(new InputProblem(folder.toString(), 0, 0, "", site.problem().get()));
                continue;
            }
            KnowledgeLayer layer;
            try {
                layer = KnowledgeLayer.of(site);
            } catch (IOException e) {
                problems.add(new InputProblem(folder.toString(), 0, 0, "", "cannot read: " + e.getMessage()));
                continue;
            }
            sites.add(site);
            try {
                schema = additions.merge(schema, layer.vocabulary(), site.display("facts-schemas"));
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
            try {
                pages = pages.with(layer.pages());
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
            siteRules.addAll(layer.rules());
            catalogues.addAll(layer.catalogues());
            siteCatalogues |= !layer.catalogues().isEmpty();
        }
        if (siteCatalogues) {
            problems.addAll(catalogueProblems(catalogues, schema));
        }
        return new Assembly(List.copyOf(sites), schema, pages, List.copyOf(siteRules), List.copyOf(catalogues),
                List.copyOf(problems));
    }

    /**
     * What is wrong in the reading catalogues and their examples once a site adds to them, each at its file and
     * line: a site's codes, messages and cues are refused like its rules, before any text is read with them.
     */
    private static List<InputProblem> catalogueProblems(List<TextFile> catalogues, FactsSchema schema) {
        List<InputProblem> problems = new ArrayList<>();
        try {
            PatternCatalog.read(catalogues, schema.vocabulary());
        } catch (InvalidInputException e) {
            problems.addAll(e.getProblems());
        }
        try {
            ReadingExamples.read(catalogues);
        } catch (InvalidInputException e) {
            problems.addAll(e.getProblems());
        }
        return problems;
    }
}
