package io.signindoctor.engine;

import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.signindoctor.kb.CauseCatalog;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Build step: compiles the built-in rules folder to executable-model classes and writes them, with their index,
 * into the build's class output. Run by Maven in the process-classes phase; a compile error fails the build with the
 * same file:line messages an author sees from the CLI.
 */
public final class Precompiler {

    private Precompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: Precompiler RULES_DIR KB_DOCS_DIR CLASSES_DIR");
            System.exit(2);
        }
        Path rulesDir = Path.of(args[0]);
        Path kbDocs = Path.of(args[1]);
        Path classes = Path.of(args[2]);
        List<RuleSource> sources = RuleFolder.read(rulesDir, "rules");
        KnowledgeCompiler.Compiled compiled;
        try {
            compiled = new KnowledgeCompiler().compile(sources);
        } catch (InvalidInputException e) {
            e.getProblems().forEach(problem -> System.err.println(problem));
            System.exit(1);
            return;
        }
        compiled.warnings().forEach(warning -> System.err.println(warning));
        for (String name : compiled.module().getFileNames()) {
            if (name.endsWith(".class")) {
                Path target = classes.resolve(name);
                Files.createDirectories(target.getParent());
                Files.write(target, compiled.module().getBytes(name));
            }
        }
        Path index = classes.resolve(KnowledgeBase.MODEL_INDEX);
        Files.createDirectories(index.getParent());
        Files.writeString(index, String.join("\n", compiled.modelClassNames()) + "\n", StandardCharsets.UTF_8);
        Path ruleIndex = classes.resolve(RuleFolder.BUILT_IN_INDEX);
        Files.writeString(ruleIndex, sources.stream().map(RuleSource::path).reduce("", (a, b) -> a + b + "\n"),
                StandardCharsets.UTF_8);
        try (Stream<Path> caseFiles = Files.walk(rulesDir)) {
            Files.writeString(classes.resolve(RuleFolder.BUILT_IN_CASES_INDEX), caseFiles
                    .filter(file -> file.getFileName().toString().endsWith(".cases.yaml")).sorted()
                    .map(file -> "rules/" + rulesDir.relativize(file).toString().replace('\\', '/') + "\n")
                    .collect(Collectors.joining()), StandardCharsets.UTF_8);
        }
        Path pageIndex = classes.resolve(CauseCatalog.BUILT_IN_INDEX);
        try (Stream<Path> pages = Files.walk(kbDocs.resolve("causes"))) {
            Files.writeString(pageIndex, pages.filter(page -> page.toString().endsWith(".md")).sorted()
                    .map(page -> "kb-docs/" + kbDocs.relativize(page).toString().replace('\\', '/') + "\n")
                    .collect(Collectors.joining()), StandardCharsets.UTF_8);
        }
        System.out.println("precompiled " + sources.size() + " rule files into " + compiled.modelClassNames().size()
                + " model classes" + (compiled.warnings().isEmpty() ? "" : " with "
                + compiled.warnings().size() + " warnings"));
    }
}
