package io.signindoctor.build;

import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kb.CausePage;
import io.signindoctor.kb.CausePageParser;
import io.signindoctor.kbfiles.KnowledgeFiles;
import io.signindoctor.kbfiles.TextFile;
import io.signindoctor.resemble.Features;
import io.signindoctor.resemble.ResemblanceModel;
import io.signindoctor.resemble.WeightRows;
import io.signindoctor.resemble.WordTranslations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Build step, not part of the tool: trains the text-resemblance model on the labelled training texts
 * (corpus/train/*.jsonl, read through corpus/mapping.yaml) and writes it where the tool finds it
 * (io.signindoctor.resemble.ResemblanceModel.BUILT_IN under the class output). Run by Maven in the process-classes
 * phase; bench/resemblance-cv.sh runs it with a file left out, to measure the model on texts it did not see.
 *
 * <p>Every label must be {@code none} or have a page in kb-docs/causes: a cause's texts teach the model that cause;
 * an advisory's texts (ip-address-in-manual-settings, strict-naming-disabled-mitm) and {@code none}'s are labels of
 * their own, never reported, so that a text like them is not pushed onto the nearest cause.
 *
 * <pre>ResemblanceTrainer KNOWLEDGE_FOLDER MODEL_FILE [--leave-out FILE.jsonl] [--floor P] [--none-floor P]
 *     [--l2 X] [--steps N] [--rate R] [--momentum M] [--min-texts K] [--temperature T] [--prune W]</pre>
 */
public final class ResemblanceTrainer {

    static final String MAPPING = "corpus/mapping.yaml";
    static final String TEXTS = "corpus/train";
    static final String NONE = "none";

    /**
     * The settings leave-one-file-out cross-validation chose (bench/resemblance-cv.sh; kb-docs/resemblance.md). The
     * temperature divides the fitted weights and biases: gradient descent stopped early leaves a model surer than it
     * is right on texts it did not see, and one number fitted on the held-out folds' log-loss calibrates it. Weights
     * smaller than prune (after the temperature) are dropped: they move no probability across a step of the floor.
     * {@code none} is reported from its own floor, where the cross-validation found it worth weighing against a cause
     * (RES-002); below it the fact would weigh nothing and cost the batch its verdict cache.
     */
    record Settings(String leaveOut, double floor, double noneFloor, double l2, int steps, double rate,
            double momentum, int minTexts, double temperature, double prune) {

        static final Settings DEFAULT = new Settings(null, 0.7, 0.9, 0.01, 150, 300, 0.75, 2, 2.5, 0.05);

        Settings with(String option, String value) {
            return switch (option) {
                case "--leave-out" -> new Settings(value, floor, noneFloor, l2, steps, rate, momentum, minTexts,
                        temperature, prune);
                case "--floor" -> new Settings(leaveOut, number(value), noneFloor, l2, steps, rate, momentum,
                        minTexts, temperature, prune);
                case "--none-floor" -> new Settings(leaveOut, floor, number(value), l2, steps, rate, momentum,
                        minTexts, temperature, prune);
                case "--l2" -> new Settings(leaveOut, floor, noneFloor, number(value), steps, rate, momentum,
                        minTexts, temperature, prune);
                case "--steps" -> new Settings(leaveOut, floor, noneFloor, l2, Integer.parseInt(value), rate,
                        momentum, minTexts, temperature, prune);
                case "--rate" -> new Settings(leaveOut, floor, noneFloor, l2, steps, number(value), momentum,
                        minTexts, temperature, prune);
                case "--momentum" -> new Settings(leaveOut, floor, noneFloor, l2, steps, rate, number(value),
                        minTexts, temperature, prune);
                case "--min-texts" -> new Settings(leaveOut, floor, noneFloor, l2, steps, rate, momentum,
                        Integer.parseInt(value), temperature, prune);
                case "--temperature" -> new Settings(leaveOut, floor, noneFloor, l2, steps, rate, momentum,
                        minTexts, number(value), prune);
                case "--prune" -> new Settings(leaveOut, floor, noneFloor, l2, steps, rate, momentum, minTexts,
                        temperature, number(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            };
        }

        private static double number(String value) {
            return Double.parseDouble(value);
        }
    }

    private ResemblanceTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2 || args.length % 2 != 0) {
            usage("");
        }
        Settings settings = Settings.DEFAULT;
        try {
            for (int i = 2; i < args.length; i += 2) {
                settings = settings.with(args[i], args[i + 1]);
            }
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
        }
        long started = System.nanoTime();
        Path root = Path.of(args[0]);
        ResemblanceModel model;
        int texts;
        try {
            List<CorpusTexts.Text> corpus = CorpusTexts.read(root.resolve(MAPPING), root.resolve(TEXTS),
                    settings.leaveOut());
            texts = corpus.size();
            model = train(corpus, labelKinds(root, corpus), LexiconTranslations.read(root), settings);
        } catch (InvalidInputException e) {
            e.getProblems().forEach(problem -> System.err.println(problem));
            System.exit(1);
            return;
        }
        Path target = Path.of(args[1]);
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temporary, model.bytes());
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("trained the resemblance model on %d texts (%s): %d features, %d labels, %d weights kept, "
                + "in %.1f s%n", texts, model.trainedOn(), model.featureCount(), model.labels().size(),
                model.weightCount(), (System.nanoTime() - started) / 1e9);
    }

    private static void usage(String problem) {
        System.err.println((problem.isEmpty() ? "" : problem + "\n") + "usage: ResemblanceTrainer KNOWLEDGE_FOLDER "
                + "MODEL_FILE [--leave-out FILE.jsonl] [--floor P] [--none-floor P] [--l2 X] [--steps N] [--rate R] "
                + "[--momentum M] [--min-texts K] [--temperature T] [--prune W]");
        System.exit(2);
    }

    /** Whether each label of the corpus is a cause, by its kb-docs page; a label without one is an error. */
    static Map<String, Boolean> labelKinds(Path root, List<CorpusTexts.Text> corpus)
            throws IOException, InvalidInputException {
        Map<String, String> kinds = new HashMap<>();
        CausePageParser parser = new CausePageParser();
        for (TextFile page : KnowledgeFiles.read(root, KnowledgeFiles.Kind.PAGES, "")) {
            CausePage parsed = parser.parse(page.path(), page.text());
            kinds.put(parsed.cause(), parsed.kind());
        }
        Map<String, Boolean> isCause = new HashMap<>();
        List<InputProblem> problems = new ArrayList<>();
        for (CorpusTexts.Text text : corpus) {
            if (text.label().equals(NONE)) {
                isCause.put(NONE, false);
            } else if (kinds.containsKey(text.label())) {
                isCause.put(text.label(), CausePage.CAUSE.equals(kinds.get(text.label())));
            } else {
                problems.add(new InputProblem(text.file(), text.line(), 0, "label", text.label() + " is neither "
                        + NONE + " nor a cause or advisory with a page in kb-docs/causes"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return isCause;
    }

    /**
     * The model of these texts, their words read with the translations: their features seen in at least minTexts
     * texts, each label's weights.
     */
    static ResemblanceModel train(List<CorpusTexts.Text> corpus, Map<String, Boolean> isCause,
            WordTranslations translations, Settings settings) {
        Features features = new Features(translations);
        long[][] keysOf = new long[corpus.size()][];
        for (int i = 0; i < corpus.size(); i++) {
            keysOf[i] = distinctKeys(features, corpus.get(i).texts());
        }
        long[] vocabulary = commonKeys(keysOf, settings.minTexts());
        int[][] rows = new int[corpus.size()][];
        for (int i = 0; i < corpus.size(); i++) {
            rows[i] = Arrays.stream(keysOf[i]).mapToInt(key -> Arrays.binarySearch(vocabulary, key))
                    .filter(row -> row >= 0).toArray();
        }
        List<String> labels = new ArrayList<>(new TreeSet<>(isCause.keySet()));
        int[] labelOf = corpus.stream().mapToInt(text -> labels.indexOf(text.label())).toArray();
        SoftmaxRegression.Fit fit = new SoftmaxRegression(settings.l2(), settings.steps(), settings.rate(),
                settings.momentum()).fit(rows, labelOf, vocabulary.length, labels.size());
        boolean[] causes = new boolean[labels.size()];
        for (int label = 0; label < labels.size(); label++) {
            causes[label] = isCause.get(labels.get(label));
        }
        TreeSet<String> files = new TreeSet<>();
        corpus.forEach(text -> files.add(Path.of(text.file()).getFileName().toString()));
        float[] weights = fit.weights();
        float[] bias = fit.bias();
        float cooling = (float) (1 / settings.temperature());
        for (int k = 0; k < weights.length; k++) {
            weights[k] *= cooling;
        }
        for (int label = 0; label < bias.length; label++) {
            bias[label] *= cooling;
        }
        return new ResemblanceModel(labels, causes, (float) settings.floor(), (float) settings.noneFloor(),
                corpus.size() + " texts of "
                + String.join(", ", files), translations, vocabulary, bias,
                WeightRows.ofDense(weights, labels.size(), (float) settings.prune()));
    }

    /** A text's features, each once, in ascending order. */
    private static long[] distinctKeys(Features features, List<String> texts) {
        long[][] found = {new long[256]};
        int[] count = {0};
        for (String text : texts) {
            if (text != null) {
                features.read(text, (key, start, end) -> {
                    if (count[0] == found[0].length) {
                        found[0] = Arrays.copyOf(found[0], count[0] * 2);
                    }
                    found[0][count[0]++] = key;
                });
            }
        }
        long[] keys = Arrays.copyOf(found[0], count[0]);
        Arrays.sort(keys);
        return Arrays.stream(keys).distinct().toArray();
    }

    /** The features found in at least minTexts of the texts, in ascending order. */
    private static long[] commonKeys(long[][] keysOf, int minTexts) {
        long[] all = Arrays.stream(keysOf).flatMapToLong(Arrays::stream).sorted().toArray();
        long[] common = new long[all.length];
        int count = 0;
        for (int i = 0; i < all.length; ) {
            int j = i;
            while (j < all.length && all[j] == all[i]) {
                j++;
            }
            if (j - i >= minTexts) {
                common[count++] = all[i];
            }
            i = j;
        }
        return Arrays.copyOf(common, count);
    }
}
