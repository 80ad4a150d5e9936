package io.signindoctor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.signindoctor.engine.RankedCause;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.CaseFacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * An interview for each documented scenario, starting from nothing, answered by an engineer who knows that
 * scenario's example facts. Each must reach the example's cause within the targets: at most 8 questions for
 * any scenario and at most 5 on average. The table is written to target/interview-scenarios.txt, which
 * bench/interview.sh prints.
 */
class InterviewScenariosTest {

    @Test
    void everyScenarioReachesItsCauseInFewQuestions() throws IOException, InvalidInputException {
        Knowledge knowledge = Knowledge.builtIn();
        FactsFileLoader loader = new FactsFileLoader(knowledge.schema());
        JsonNode expected = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("src/test/resources/expected-top-causes.yaml").toFile());
        List<String> probeOnly = new ArrayList<>();
        new ObjectMapper(new YAMLFactory()).readTree(Path.of("src/test/resources/probe-only-examples.yaml").toFile())
                .forEach(file -> probeOnly.add(file.asText()));
        Map<String, String> scenarios = new TreeMap<>();
        expected.fields().forEachRemaining(entry -> {
            if (!entry.getValue().isNull() && !probeOnly.contains(entry.getKey())) {
                scenarios.put(entry.getKey(), entry.getValue().asText());
            }
        });
        List<String> table = new ArrayList<>();
        int total = 0;
        int right = 0;
        for (Map.Entry<String, String> scenario : scenarios.entrySet()) {
            CaseFacts known = loader.load(Path.of("examples", scenario.getKey()));
            ScriptedEngineer engineer = new ScriptedEngineer(known);
            List<String> asked = new ArrayList<>();
            String top;
            try (Interview interview = new Interview(knowledge, new CaseFacts("", List.of()), 0.5)) {
                for (var question = interview.next(); question.isPresent() && asked.size() < 20;
                        question = interview.next()) {
                    asked.add(question.get().fact());
                    var answer = engineer.answer(question.get().fact());
                    if (answer.isPresent()) {
                        interview.answer(question.get().entry(), answer.get());
                    } else {
                        interview.unknown(question.get().fact());
                    }
                }
                List<RankedCause> shown = interview.diagnosis().shown();
                top = shown.isEmpty() ? "none" : shown.get(0).cause();
            }
            boolean ok = top.equals(scenario.getValue());
            right += ok ? 1 : 0;
            total += asked.size();
            table.add(String.format(Locale.ROOT, "%-45s %2d questions  %-5s %s  asked: %s", scenario.getKey(),
                    asked.size(), ok ? "right" : "WRONG", top, String.join(", ", asked)));
        }
        double average = (double) total / scenarios.size();
        table.add(String.format(Locale.ROOT, "%d of %d right; %.2f questions on average", right, scenarios.size(),
                average));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/interview-scenarios.txt"), table, StandardCharsets.UTF_8);
        String report = String.join("\n", table);
        assertThat(right).as(report).isEqualTo(scenarios.size());
        assertThat(table.subList(0, scenarios.size())).as(report)
                .allSatisfy(line -> assertThat(Integer.parseInt(line.substring(46, 48).trim())).isLessThanOrEqualTo(8));
        assertThat(average).as(report).isLessThanOrEqualTo(5.0);
    }
}
