package io.signindoctor.interview;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.signindoctor.engine.RankedCause;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.facts.Products;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.NamedValue;
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
 * scenario's example facts. Each must reach the example's cause within the targets, by group: the OCS 2007 R2
 * scenarios (examples that name no product) in at most 5 questions on average, the Lync and Skype for Business
 * scenarios (examples that name one) in at most 6, and no scenario in more than 8. The table is written to
 * target/interview-scenarios.txt, which bench/interview.sh prints.
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
        Map<Boolean, int[]> groups = new TreeMap<>();
        int right = 0;
        int most = 0;
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
            most = Math.max(most, asked.size());
            int[] group = groups.computeIfAbsent(namesAProduct(known), named -> new int[2]);
            group[0]++;
            group[1] += asked.size();
            table.add(String.format(Locale.ROOT, "%-45s %2d questions  %-5s %s  asked: %s", scenario.getKey(),
                    asked.size(), ok ? "right" : "WRONG", top, String.join(", ", asked)));
        }
        int[] ocs = groups.getOrDefault(false, new int[] {1, 0});
        int[] lync = groups.getOrDefault(true, new int[] {1, 0});
        double ocsAverage = (double) ocs[1] / ocs[0];
        double lyncAverage = (double) lync[1] / lync[0];
        table.add(String.format(Locale.ROOT, "%d of %d right; at most %d questions", right, scenarios.size(), most));
        table.add(String.format(Locale.ROOT, "OCS 2007 R2 scenarios (no product named): %d, %.2f questions on average",
                ocs[0], ocsAverage));
        table.add(String.format(Locale.ROOT, "Lync and Skype for Business scenarios (a product named): %d, %.2f "
                + "questions on average", lync[0], lyncAverage));
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/interview-scenarios.txt"), table, StandardCharsets.UTF_8);
        String report = String.join("\n", table);
        assertThat(right).as(report).isEqualTo(scenarios.size());
        assertThat(most).as(report).isLessThanOrEqualTo(8);
        assertThat(ocsAverage).as(report).isLessThanOrEqualTo(5.0);
        assertThat(lyncAverage).as(report).isLessThanOrEqualTo(6.0);
    }

    /** The Lync and Skype for Business scenarios are the examples that say which server or client they are about. */
    private static boolean namesAProduct(CaseFacts known) {
        return known.facts().stream().filter(NamedValue.class::isInstance).map(NamedValue.class::cast)
                .anyMatch(value -> value.getId().equals(Products.SERVER_FACT)
                        || value.getId().equals(Products.CLIENT_FACT));
    }
}
