package io.signindoctor.kb;

import io.signindoctor.engine.KnowledgeBase;
import io.signindoctor.engine.RuleFolder;
import io.signindoctor.engine.RuleSource;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.SchemaAdditions;
import java.io.IOException;
import java.nio.file.Files;
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
            List<InputProblem> problems) {
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
        return new Knowledge(KnowledgeBase.builtInWith(assembly.siteRules()), assembly.pages(), assembly.schema(),
                assembly.sites());
    }

    public Assembly assemble(List<Path> folders) {
        List<InputProblem> problems = new ArrayList<>();
        List<SiteFolder> sites = new ArrayList<>();
        for (Path folder : folders) {
            try {
                sites.add(SiteFolder.open(folder));
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
        }
        FactsSchema schema = FactsSchema.builtIn();
        CauseCatalog pages = CauseCatalog.builtIn();
        List<RuleSource> siteRules = new ArrayList<>();
        SchemaAdditions additions = new SchemaAdditions();
        for (SiteFolder site : sites) {
            try {
                schema = additions.merge(schema, site.schemas(), site.display("facts-schemas"));
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
            try {
                pages = pages.with(site.causes(), site.display("kb-docs/causes"));
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
            siteRules.addAll(rules(site, problems));
        }
        return new Assembly(List.copyOf(sites), schema, pages, List.copyOf(siteRules), List.copyOf(problems));
    }

    private static List<RuleSource> rules(SiteFolder site, List<InputProblem> problems) {
        if (!Files.isDirectory(site.rules())) {
            return List.of();
        }
        try {
            return RuleFolder.read(site.rules(), site.display("rules"));
        } catch (IOException e) {
            problems.add(new InputProblem(site.display("rules"), 0, 0, "", "cannot read: " + e.getMessage()));
            return List.of();
        }
    }
}
