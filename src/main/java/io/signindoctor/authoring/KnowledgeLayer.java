package io.signindoctor.authoring;

import io.signindoctor.engine.RuleFolder;
import io.signindoctor.engine.RuleSource;
import io.signindoctor.kb.PackagedFile;
import io.signindoctor.kb.SiteFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files of one layer of the knowledge base, the built-in one packaged in the jar or a site folder on disk: its
 * DRL, its case files, and how to tell whether a doc page it names exists.
 */
public record KnowledgeLayer(String name, List<RuleSource> rules, List<TextFile> caseFiles,
        Predicate<String> docExists) {

    public static KnowledgeLayer builtIn() {
        List<TextFile> cases = PackagedFile.index(RuleFolder.BUILT_IN_CASES_INDEX).stream()
                .map(path -> new TextFile(path, PackagedFile.read(path))).toList();
        return new KnowledgeLayer("built-in", RuleFolder.builtIn(), cases,
                doc -> PackagedFile.exists("kb-docs/" + doc));
    }

    public static KnowledgeLayer of(SiteFolder site) {
        try {
            List<RuleSource> rules = Files.isDirectory(site.rules())
                    ? RuleFolder.read(site.rules(), site.display("rules")) : List.of();
            List<TextFile> cases = new ArrayList<>();
            if (Files.isDirectory(site.rules())) {
                try (Stream<Path> files = Files.walk(site.rules())) {
                    for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cases.yaml")).sorted()
                            .toList()) {
                        cases.add(new TextFile(site.display("rules/" + site.rules().relativize(file)
                                .toString().replace('\\', '/')), Files.readString(file, StandardCharsets.UTF_8)));
                    }
                }
            }
            Path docs = site.docs();
            return new KnowledgeLayer(site.root().toString(), rules, cases,
                    doc -> Files.isRegularFile(docs.resolve(doc)) || PackagedFile.exists("kb-docs/" + doc));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + site.root(), e);
        }
    }

    /** The built-in layer followed by one layer per site folder, in the order given. */
    public static List<KnowledgeLayer> all(List<SiteFolder> sites) {
        List<KnowledgeLayer> layers = new ArrayList<>();
        layers.add(builtIn());
        sites.forEach(site -> layers.add(of(site)));
        return layers;
    }

    /** The case file expected beside a DRL file: x.drl has x.cases.yaml. */
    public static String caseFileFor(String drlPath) {
        return drlPath.replaceFirst("\\.drl$", ".cases.yaml");
    }
}
