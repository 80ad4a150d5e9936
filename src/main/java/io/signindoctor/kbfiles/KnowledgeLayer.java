package io.signindoctor.kbfiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The files of one layer of the knowledge base, the built-in one packaged in the jar or a site folder on disk: its
 * DRL, its case files, its cause pages, its vocabulary additions, its text-reading catalogues and their examples,
 * and how to tell whether a doc page it names exists.
 */
public record KnowledgeLayer(String name, List<RuleSource> rules, List<TextFile> caseFiles, List<TextFile> pages,
        List<TextFile> vocabulary, List<TextFile> catalogues, Predicate<String> docExists) {

    public static KnowledgeLayer builtIn() {
        return new KnowledgeLayer("built-in", rules(KnowledgeFiles.builtIn(KnowledgeFiles.Kind.RULES)),
                KnowledgeFiles.builtIn(KnowledgeFiles.Kind.CASES), KnowledgeFiles.builtIn(KnowledgeFiles.Kind.PAGES),
                List.of(), KnowledgeFiles.builtIn(KnowledgeFiles.Kind.CATALOGUES),
                doc -> PackagedFile.exists("kb-docs/" + doc));
    }

    public static KnowledgeLayer of(SiteFolder site) throws IOException {
        String prefix = site.root().toString();
        return new KnowledgeLayer(prefix,
                rules(KnowledgeFiles.read(site.root(), KnowledgeFiles.Kind.RULES, prefix)),
                KnowledgeFiles.read(site.root(), KnowledgeFiles.Kind.CASES, prefix),
                KnowledgeFiles.read(site.root(), KnowledgeFiles.Kind.PAGES, prefix),
                KnowledgeFiles.read(site.root(), KnowledgeFiles.Kind.VOCABULARY, prefix),
                KnowledgeFiles.read(site.root(), KnowledgeFiles.Kind.CATALOGUES, prefix),
                doc -> Files.isRegularFile(site.docs().resolve(doc)) || PackagedFile.exists("kb-docs/" + doc));
    }

    /** The built-in layer followed by one layer per site folder, in the order given. */
    public static List<KnowledgeLayer> all(List<SiteFolder> sites) {
        List<KnowledgeLayer> layers = new ArrayList<>();
        layers.add(builtIn());
        for (SiteFolder site : sites) {
            try {
                layers.add(of(site));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + site.root(), e);
            }
        }
        return layers;
    }

    /** The case file expected beside a DRL file: x.drl has x.cases.yaml. */
    public static String caseFileFor(String drlPath) {
        return drlPath.replaceFirst("\\.drl$", ".cases.yaml");
    }

    private static List<RuleSource> rules(List<TextFile> files) {
        return files.stream().map(file -> new RuleSource(file.path(), file.text())).toList();
    }
}
