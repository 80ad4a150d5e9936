package io.signindoctor.engine;

import io.signindoctor.kbfiles.RuleSource;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Products;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;

/**
 * Compiles DRL to the Drools executable model. The build uses it to precompile the built-in rules into the jar, and
 * the CLI uses it for rule folders given at run time, so a rule behaves the same wherever it lives, its
 * {@code @appliesTo} included.
 */
public final class KnowledgeCompiler {

    /** Where Drools expects rule resources inside a module; messages are mapped back to the author's paths. */
    private static final String RESOURCES = "src/main/resources/";

    /** Every rule folder is compiled with the guards its {@code @appliesTo} metadata asks for. */
    private final ProductGuard guard = new ProductGuard(Products.builtIn());

    /** The outcome of a compilation with no errors: the generated classes and any warnings. */
    public record Compiled(InternalKieModule module, List<InputProblem> warnings) {

        /** Names of the generated classes that implement {@code org.drools.model.Model}, one per DRL package. */
        public List<String> modelClassNames() {
            String index = new String(module.getBytes(modelIndexPath()), java.nio.charset.StandardCharsets.UTF_8);
            return index.lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("Drools-Model-Version"))
                    .toList();
        }

        /** The generated models, loaded through the compiled module's own class loader. */
        public List<Model> models() {
            ClassLoader loader = KieServices.get().newKieContainer(module.getReleaseId()).getClassLoader();
            List<Model> models = new ArrayList<>();
            for (String name : modelClassNames()) {
                try {
                    models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("a compiled rule model cannot be loaded: " + name, e);
                }
            }
            return models;
        }

        private String modelIndexPath() {
            return module.getFileNames().stream().filter(name -> name.endsWith("/drools-model")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("the compiled module lists no model classes"));
        }
    }

    public Compiled compile(List<RuleSource> sources) throws InvalidInputException {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        Map<String, String> authorPaths = new HashMap<>();
        for (RuleSource source : sources) {
            String folder = source.packageName().map(name -> name.replace('.', '/') + "/").orElse("");
            String modulePath = folder + uniqueName(source, authorPaths.keySet(), folder);
            authorPaths.put(modulePath, source.path());
            files.write(RESOURCES + modulePath, guard.guard(source).text());
        }
        KieBuilder builder = services.newKieBuilder(files);
        builder.buildAll(ExecutableModelProject.class);
        List<InputProblem> problems = new CompilerMessages(sources, authorPaths)
                .toProblems(builder.getResults().getMessages());
        List<InputProblem> warnings = problems.stream().filter(problem -> !problem.isError()).toList();
        if (warnings.size() < problems.size()) {
            throw new InvalidInputException(problems);
        }
        return new Compiled((InternalKieModule) builder.getKieModule(), warnings);
    }

    /** Two folders may each have a file of the same name in the same DRL package; keep both. */
    private static String uniqueName(RuleSource source, java.util.Set<String> taken, String folder) {
        String name = source.fileName();
        int suffix = 2;
        while (taken.contains(folder + name)) {
            name = source.fileName().replaceFirst("\\.drl$", "") + "-" + suffix++ + ".drl";
        }
        return name;
    }

}
