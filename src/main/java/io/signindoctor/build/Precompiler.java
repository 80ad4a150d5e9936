package io.signindoctor.build;

import io.signindoctor.engine.KnowledgeBase;
import io.signindoctor.engine.KnowledgeCompiler;
import io.signindoctor.engine.RulePrerequisites;
import io.signindoctor.extract.ErrorCodes;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kb.CausePage;
import io.signindoctor.kb.CausePageParser;
import io.signindoctor.kbfiles.KnowledgeFiles;
import io.signindoctor.kbfiles.RuleSource;
import io.signindoctor.kbfiles.TextFile;
import io.signindoctor.vocabulary.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drools.drl.parser.DroolsParserException;

/**
 * Build step, not part of the tool: compiles the built-in rules to executable-model classes and writes them into the
 * build's class output, with the indexes that list the built-in rules, cases and cause pages inside the jar, the
 * table of error-code signs the rules consult (rules/codes.yaml, checked here so the tool need not check it at each
 * start), the facts schema as JSON, which the tool reads faster than the YAML, and what each rule needs and may
 * insert (PrerequisiteIndex), so that a one-shot diagnosis builds the network of the rules its case can fire only. It
 * also checks the built-in cause pages, which the tool reads only when a report needs one, and that the other schemas
 * list the fact groups facts.schema.yaml defines (FactGroupLists). Run by Maven in the process-classes phase; a
 * compile error, a broken catalogue or page, or a list of groups that drifted fails the build with the same file:line
 * messages an author sees from the CLI. The source tree is read as a knowledge folder, the same way a site folder is.
 */
public final class Precompiler {

    private Precompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: Precompiler KNOWLEDGE_FOLDER CLASSES_DIR");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        Path classes = Path.of(args[1]);
        // First: compiling the rules reads the schema (for the products @appliesTo names) as the tool does.
        write(classes.resolve(FactsSchema.BUILT_IN_JSON),
                FactsSchema.toJson(Files.readString(root.resolve(FactsSchema.BUILT_IN))));
        List<RuleSource> sources = KnowledgeFiles.read(root, KnowledgeFiles.Kind.RULES, "").stream()
                .map(file -> new RuleSource(file.path(), file.text())).toList();
        KnowledgeCompiler.Compiled compiled;
        ErrorCodes errorCodes;
        try {
            compiled = new KnowledgeCompiler().compile(sources);
            errorCodes = ErrorCodes.read(KnowledgeFiles.read(root, KnowledgeFiles.Kind.CATALOGUES, ""));
            checkPages(KnowledgeFiles.read(root, KnowledgeFiles.Kind.PAGES, ""));
            List<InputProblem> groupLists = new FactGroupLists(Schema.GROUPS)
                    .problems(root.resolve(KnowledgeFiles.Kind.VOCABULARY.folder()));
            if (!groupLists.isEmpty()) {
                throw new InvalidInputException(groupLists);
            }
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
        write(classes.resolve(KnowledgeBase.MODEL_INDEX), String.join("\n", compiled.modelClassNames()) + "\n");
        try {
            write(classes.resolve(RulePrerequisites.INDEX),
                    String.join("\n", PrerequisiteIndex.lines(sources)) + "\n");
        } catch (DroolsParserException e) {
            System.err.println("the rules compiled but do not parse for their prerequisite index: " + e.getMessage());
            System.exit(1);
        }
        write(classes.resolve(ErrorCodes.BUILT_IN_TABLE), errorCodes.table());
        for (KnowledgeFiles.Kind kind : List.of(KnowledgeFiles.Kind.RULES, KnowledgeFiles.Kind.CASES,
                KnowledgeFiles.Kind.PAGES)) {
            write(classes.resolve(kind.index()), KnowledgeFiles.index(root, kind));
        }
        System.out.println("precompiled " + sources.size() + " rule files into " + compiled.modelClassNames().size()
                + " model classes" + (compiled.warnings().isEmpty() ? "" : " with "
                + compiled.warnings().size() + " warnings"));
    }

    /**
     * Every built-in cause page parses and is named after the cause it documents: the tool reads a built-in page only
     * when a report needs it, and finds it by that name (io.signindoctor.kb.CauseCatalog).
     */
    private static void checkPages(List<TextFile> pages) throws InvalidInputException {
        CausePageParser parser = new CausePageParser();
        List<InputProblem> problems = new ArrayList<>();
        for (TextFile file : pages) {
            try {
                String cause = parser.parse(file.path(), file.text()).cause();
                if (!cause.equals(CausePage.causeNamedBy(file.path()))) {
                    problems.add(new InputProblem(file.path(), 2, 0, CausePage.CAUSE, "a built-in page is named "
                            + "after the cause it documents: rename the file " + cause + ".md"));
                }
            } catch (InvalidInputException e) {
                problems.addAll(e.getProblems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
