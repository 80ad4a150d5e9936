package io.signindoctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages depend on each other in layers, read from the imports of the sources: no cycle, knowledge files found
 * below the engine, and the build's tools used by nothing the tool runs.
 */
class PackageGraphTest {

    private static final Path SOURCES = Path.of("src/main/java/io/signindoctor");
    private static final Pattern IMPORT = Pattern.compile("^import io\\.signindoctor\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void thePackageGraphHasNoCycle() throws IOException {
        Map<String, Set<String>> graph = graph();
        for (String start : graph.keySet()) {
            assertThat(reachable(graph, start)).as("packages reachable from " + start).doesNotContain(start);
        }
    }

    @Test
    void knowledgeFilesAreFoundBelowTheEngineAndTheBuildIsOutsideTheTool() throws IOException {
        Map<String, Set<String>> graph = graph();
        assertThat(graph.get("kbfiles")).isEmpty();
        assertThat(graph.get("engine")).doesNotContain("kb");
        graph.forEach((from, to) -> assertThat(to).as(from).doesNotContain("build"));
    }

    private static Set<String> reachable(Map<String, Set<String>> graph, String start) {
        Set<String> seen = new HashSet<>();
        List<String> todo = new ArrayList<>(graph.getOrDefault(start, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (seen.add(next)) {
                todo.addAll(graph.getOrDefault(next, Set.of()));
            }
        }
        return seen;
    }

    private static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String from = SOURCES.relativize(file).getName(0).toString();
                Set<String> to = graph.computeIfAbsent(from, name -> new TreeSet<>());
                Matcher imports = IMPORT.matcher(Files.readString(file));
                while (imports.find()) {
                    if (!imports.group(1).equals(from)) {
                        to.add(imports.group(1));
                    }
                }
            }
        }
        return graph;
    }
}
