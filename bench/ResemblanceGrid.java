import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.signindoctor.resemble.ResemblanceModel;
import io.signindoctor.resemble.TextScorer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For bench/resemblance-cv.sh: what rules + resemblance would give on one left-out file for each weight a of RES-001
 * and floor, from the rules-alone verdicts classify wrote for that file (cause and others, with their confidences) and
 * the fold's model's probabilities, combined the way the engine combines votes (MYCIN: cf1 + cf2 (1 - cf1) for, and
 * (cf1 - cf2) / (1 - min(cf1, cf2)) against), probabilities rounded as the scorer rounds them. The votes against, RES-002
 * (the text resembles none's tickets, from the model's none floor) and RES-003 (it resembles another cause's), weigh
 * as rules/resemblance.drl says, passed in by the script. A cause the rules voted against on balance is taken as 0, since classify's output lists
 * only causes with some support: the real runs at the shipped setting check the estimate.
 *   java -cp target/classes:target/lib/* bench/ResemblanceGrid.java MODEL TEXTS.jsonl MAPPING RULES-ALONE.jsonl \
 *       NONE-CF OTHER-CF
 * prints: a floor right wrong silent false-alarms labelled none
 */
public class ResemblanceGrid {

    static final double[] WEIGHTS = {0.3, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8};
    static final double[] FLOORS = {0.6, 0.7, 0.8, 0.9};
    static final double THRESHOLD = 0.5;

    static double rounded(double p) {
        return Math.round(Math.round(p / TextScorer.STEP) * TextScorer.STEP * 100) / 100.0;
    }

    public static void main(String[] args) throws Exception {
        ResemblanceModel model = ResemblanceModel.read(Path.of(args[0]));
        double noneCf = Math.abs(Double.parseDouble(args[4]));
        double noneFloor = model.noneFloor();
        double otherCf = Math.abs(Double.parseDouble(args[5]));
        int none = model.labels().indexOf("none");
        JsonNode mapping = new YAMLMapper().readTree(Path.of(args[2]).toFile());
        String idColumn = mapping.path("id").asText();
        String textColumn = mapping.path("text").isArray() ? mapping.path("text").get(0).asText()
                : mapping.path("text").asText();
        String labelColumn = mapping.path("labels").asText();
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, Double>> rules = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(args[3]))) {
            JsonNode verdict = json.readTree(line);
            Map<String, Double> causes = new HashMap<>();
            if (verdict.hasNonNull("cause")) {
                causes.put(verdict.get("cause").asText(), verdict.get("confidence").asDouble());
            }
            verdict.path("others").forEach(other -> causes.put(other.get("cause").asText(),
                    other.get("confidence").asDouble()));
            rules.put(verdict.get("id").asText(), causes);
        }
        List<String> labels = new ArrayList<>();
        List<Map<String, Double>> verdicts = new ArrayList<>();
        List<double[]> probabilities = new ArrayList<>();
        TextScorer scorer = model.scorer();
        for (String line : Files.readAllLines(Path.of(args[1]))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode text = json.readTree(line);
            scorer.clear();
            scorer.read("text", text.path(textColumn).asText());
            probabilities.add(scorer.probabilities());
            labels.add(text.path(labelColumn).asText());
            verdicts.add(rules.getOrDefault(text.path(idColumn).asText(), Map.of()));
        }
        for (double a : WEIGHTS) {
            for (double floor : FLOORS) {
                int right = 0, wrong = 0, silent = 0, alarms = 0, labelled = 0, nones = 0;
                for (int i = 0; i < labels.size(); i++) {
                    Map<String, Double> combined = new HashMap<>(verdicts.get(i));
                    double[] p = probabilities.get(i);
                    Map<String, Double> against = new HashMap<>();
                    for (int label = 0; label < p.length; label++) {
                        if (model.isCause(label) && p[label] >= floor) {
                            double g = a * rounded(p[label]);
                            String resembled = model.labels().get(label);
                            double vote = otherCf * rounded(p[label]);
                            verdicts.get(i).keySet().stream().filter(cause -> !cause.equals(resembled))
                                    .forEach(cause -> against.merge(cause, vote, Math::max));
                            combined.merge(resembled, g, (cf, plus) -> cf + plus * (1 - cf));
                        }
                    }
                    if (none >= 0 && p[none] >= noneFloor) {
                        verdicts.get(i).keySet().forEach(cause -> against.merge(cause, noneCf * rounded(p[none]),
                                Math::max));
                    }
                    against.forEach((cause, vote) -> combined.computeIfPresent(cause, (key, cf) -> cf > 0
                            ? (cf - vote) / (1 - Math.min(cf, vote)) : cf));
                    String shown = combined.entrySet().stream().filter(entry -> entry.getValue() >= THRESHOLD)
                            .max((x, y) -> x.getValue().equals(y.getValue()) ? y.getKey().compareTo(x.getKey())
                                    : Double.compare(x.getValue(), y.getValue()))
                            .map(Map.Entry::getKey).orElse(null);
                    if (labels.get(i).equals("none")) {
                        nones++;
                        alarms += shown == null ? 0 : 1;
                    } else {
                        labelled++;
                        if (labels.get(i).equals(shown)) {
                            right++;
                        } else if (shown == null) {
                            silent++;
                        } else {
                            wrong++;
                        }
                    }
                }
                System.out.printf("%.2f %.1f %d %d %d %d %d %d%n", a, floor, right, wrong, silent, alarms, labelled,
                        nones);
            }
        }
    }
}
