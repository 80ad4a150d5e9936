package io.signindoctor.engine;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Compiles DRL to the Drools executable model. The build uses it to precompile the built-in rules into the jar, and
 * the CLI uses it for rule folders given at run time, so a rule behaves the same wherever it lives.
 */
public final class KnowledgeCompiler {

    /** Where Drools expects rule resources inside a module; messages are mapped back to the author's paths. */
    private static final String RESOURCES = "src/main/resources/";

    /** The outcome of a compilation with no errors: the generated classes and any warnings. */
    public record Compiled(InternalKieModule module, List<InputProblem> warnings) {

        /** Names of the generated classes that implement {@code org.drools.model.Model}, one per DRL package. */
        public List<String> modelClassNames() {
            String index = new String(module.getBytes(modelIndexPath()), java.nio.charset.StandardCharsets.UTF_8);
            return index.lines().map(String::trim)
                    .filter(line -> !line.isEmpty() && !line.startsWith("Drools-Model-Version"))
                    .toList();
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
            files.write(RESOURCES + modulePath, source.text());
        }
        KieBuilder builder = services.newKieBuilder(files);
        builder.buildAll(ExecutableModelProject.class);
        List<InputProblem> errors = new ArrayList<>();
        List<InputProblem> warnings = new ArrayList<>();
        for (Message message : builder.getResults().getMessages()) {
            if (message.getLevel() == Message.Level.INFO) {
                continue;
            }
            InputProblem problem = toProblem(message, authorPaths);
            (problem.isError() ? errors : warnings).add(problem);
        }
        if (!errors.isEmpty()) {
            List<InputProblem> all = new ArrayList<>(errors);
            all.addAll(warnings);
            throw new InvalidInputException(all);
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

    private static InputProblem toProblem(Message message, Map<String, String> authorPaths) {
        String path = message.getPath() == null ? "" : message.getPath();
        String file = authorPaths.getOrDefault(path, authorPaths.entrySet().stream()
                .filter(entry -> path.endsWith(entry.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse(path.isEmpty() ? "rules" : path));
        InputProblem.Severity severity = message.getLevel() == Message.Level.ERROR
                ? InputProblem.Severity.ERROR : InputProblem.Severity.WARNING;
        String text = message.getText().lines().map(String::trim).filter(line -> !line.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse("");
        return new InputProblem(file, Math.max(0, message.getLine()), Math.max(0, message.getColumn()), severity, "",
                text);
    }
}
