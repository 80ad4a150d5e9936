package io.signindoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.artifacts.CaseTextFacts;
import io.signindoctor.cases.CaseFileReader;
import io.signindoctor.cases.RuleCase;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.kbfiles.KnowledgeLayer;
import io.signindoctor.kbfiles.TextFile;
import io.signindoctor.model.CaseFacts;
import io.signindoctor.model.Observation;
import io.signindoctor.resemble.ResemblanceModel;
import io.signindoctor.vocabulary.Schema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * classify gives an incident the verdict of another that differs only in which IPv4 addresses it names
 * (Observation#upToAddresses). That holds while the rules never read an address's digits: no rule names an address
 * or a piece of one, and every case and example concludes the same with its addresses replaced by others.
 */
class BuiltInRulesNameNoAddressTest {

    /** A string literal of a DRL file. */
    private static final Pattern LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
    /** A digit beside a dot: an address, a piece of one ("10.", ".254"), or a number compared as text. */
    private static final Pattern DOTTED_NUMBER = Pattern.compile("\\d\\.|\\.\\d");
    private static final Pattern VERSION_RANGE = Pattern.compile("BuildNumbers\\.\\w+\\([^)]*\\)");
    private static final Pattern NAME_COMPARED = Pattern.compile("\\bname == \"([^\"]+)\"");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?<![\\w.-])(?:(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
                    + "(?![\\w.-])");

    private static BuiltInRules rules;
    private static final List<String> names = new ArrayList<>();
    private static final List<CaseFacts> originals = new ArrayList<>();
    private static final List<CaseFacts> renamed = new ArrayList<>();

    @BeforeAll
    static void readCasesTwice() throws InvalidInputException, IOException {
        rules = BuiltInRules.load();
        FactsSchema schema = FactsSchema.builtIn();
        FactsFileLoader loader = new FactsFileLoader(schema);
        CaseFileReader reader = new CaseFileReader(FactsSchema.casesValidator(), loader);
        for (TextFile file : KnowledgeLayer.builtIn().caseFiles()) {
            if (ADDRESS.matcher(file.text()).find()) {
                List<RuleCase> cases = reader.read(file.path(), file.text());
                List<RuleCase> others = reader.read(file.path(), withOtherAddresses(file.text()));
                for (int i = 0; i < cases.size(); i++) {
                    add(cases.get(i).label(), cases.get(i).given(), others.get(i).given());
                }
            }
        }
        CaseTextFacts texts = new CaseTextFacts(new TextExtractor(PatternCatalog.builtIn(schema.vocabulary())),
                ResemblanceModel.builtIn(), note -> { });
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                String text = Files.readString(example);
                if (ADDRESS.matcher(text).find()) {
                    add(example.toString(), texts.read(loader.load(example.toString(), text)),
                            texts.read(loader.load(example.toString(), withOtherAddresses(text))));
                }
            }
        }
    }

    /** A case whose facts name an address, as written and with other addresses. */
    private static void add(String name, CaseFacts original, CaseFacts withOtherAddresses) {
        if (!Observation.of(original.facts()).equals(Observation.of(withOtherAddresses.facts()))) {
            names.add(name);
            originals.add(original);
            renamed.add(withOtherAddresses);
        }
    }

    /** The text with each distinct address replaced by another, the same one wherever it recurs. */
    private static String withOtherAddresses(String text) {
        assertThat(text).as("a text that already names an address of 100.127.13.0/24").doesNotContain("100.127.13.");
        Map<String, String> replacements = new LinkedHashMap<>();
        Matcher address = ADDRESS.matcher(text);
        StringBuilder replaced = new StringBuilder();
        while (address.find()) {
            String other = replacements.computeIfAbsent(address.group(),
                    original -> "100.127.13." + (201 + replacements.size()));
            address.appendReplacement(replaced, other);
        }
        address.appendTail(replaced);
        return replaced.toString();
    }

    /**
     * In a rule's conditions a dotted number appears only as a bound of a version range (BuildNumbers), and versions
     * are only read from properties the schema says are versions. Rule names, metadata, comments and the values of
     * conclusions (after then) may hold any.
     */
    @Test
    void noBuiltInRuleNamesAnAddressOrAPieceOfOne() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path drl : files.filter(path -> path.toString().endsWith(".drl")).sorted().toList()) {
                List<String> lines = Files.readAllLines(drl);
                String lastName = null;
                boolean inConditions = false;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.equals("when") || line.equals("then")) {
                        inConditions = line.equals("when");
                    }
                    if (!inConditions || line.startsWith("//")) {
                        continue;
                    }
                    Matcher named = NAME_COMPARED.matcher(line);
                    while (named.find()) {
                        lastName = named.group(1);
                    }
                    Matcher range = VERSION_RANGE.matcher(line);
                    while (range.find()) {
                        if (!Schema.VERSIONS.contains(lastName)) {
                            found.add(drl + ":" + (i + 1) + ": a version range over " + lastName);
                        }
                    }
                    Matcher literal = LITERAL.matcher(VERSION_RANGE.matcher(line).replaceAll(""));
                    while (literal.find()) {
                        if (DOTTED_NUMBER.matcher(literal.group()).find()) {
                            found.add(drl + ":" + (i + 1) + ": " + literal.group());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(rules.all().readsNoAddressDigits()).isTrue();
    }

    @Test
    void manyCasesAndExamplesNameAddresses() {
        assertThat(originals).hasSizeGreaterThan(20);
    }

    @TestFactory
    Stream<DynamicTest> everyCaseConcludesTheSameWithOtherAddresses() {
        return IntStream.range(0, originals.size()).mapToObj(i -> DynamicTest.dynamicTest(
                names.get(i), () -> {
                    try (BatchSession session = new BatchSession(rules.all(), null)) {
                        Verdict original = session.classify(originals.get(i).facts());
                        Verdict other = session.classify(renamed.get(i).facts());
                        assertThat(other).isEqualTo(original);
                    }
                }));
    }

    /** Where a fact holds a list (a certificate's names), observations stay exact, so this is not all of them. */
    @Test
    void mostCasesObserveTheSameWithOtherAddresses() {
        long same = IntStream.range(0, originals.size()).filter(i -> Observation.upToAddresses(renamed.get(i).facts())
                .equals(Observation.upToAddresses(originals.get(i).facts()))).count();

        assertThat(same).isGreaterThanOrEqualTo(originals.size() / 2);
    }
}
