package io.signindoctor.authoring;

import io.signindoctor.kbfiles.KnowledgeLayer;
import io.signindoctor.cases.Expectation;
import io.signindoctor.cases.RuleCase;
import io.signindoctor.kbfiles.RuleSource;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InputProblem.Severity;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.NearestNames;
import io.signindoctor.facts.Products;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kb.CauseCatalog;
import io.signindoctor.kb.CausePage;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.RuleMetadata;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the conventions that make the knowledge base trustworthy beyond compiling: every rule says who it is, what
 * it concludes and where it is documented; every cause has a page and every page a cause; every rule has a case
 * where it fires and one where it stays silent; every case names things that exist. While a DRL file does not parse,
 * the checks across files are skipped: the rules it holds are unknown, and every reference to them would be noise.
 */
public final class KbValidator {

    /** source, or getSource(), used for anything but its kind. */
    private static final Pattern READS_LOCATION =
            Pattern.compile("\\bsource\\b(?!\\s*\\.\\s*kind\\b)|\\bgetSource\\(\\)(?!\\s*\\.\\s*(kind|getKind)\\(\\))");

    /** appliesTo is the product list agreed for issue 13; branch lync-kb gives it its meaning and its checks. */
    private static final Set<String> KNOWN_METADATA = Set.of(RuleMetadata.ID, RuleMetadata.CAUSE,
            RuleMetadata.CONFIDENCE, RuleMetadata.DOC, RuleMetadata.ASKS, RuleMetadata.STATUS, RuleMetadata.APPLIES_TO);

    private final CauseCatalog pages;
    private final Products products;
    private final FactsSchema schema;
    private final Vocabulary vocabulary;
    private final DrlReader drlReader;
    private final RuleVocabularyCheck vocabularyCheck;

    public KbValidator(CauseCatalog pages, FactsSchema schema) {
        this.pages = pages;
        this.schema = schema;
        this.vocabulary = schema.vocabulary();
        this.products = Products.of(vocabulary);
        this.drlReader = new DrlReader(vocabulary);
        this.vocabularyCheck = new RuleVocabularyCheck(vocabulary);
    }

    /** What validation found, and the rules and cases it read on the way (for listings and coverage). */
    public record Report(List<InputProblem> problems, List<RuleOutline> rules, List<RuleCase> cases,
            Set<String> unparsableFiles) {

        public long errors() {
            return problems.stream().filter(InputProblem::isError).count();
        }

        public long warnings() {
            return problems.size() - errors();
        }
    }

    /** The report on everything in force: the built-in layer and the knowledge's site folders. */
    public static Report of(Knowledge knowledge) {
        return new KbValidator(knowledge.pages(), knowledge.schema()).validate(KnowledgeLayer.all(knowledge.sites()));
    }

    public Report validate(List<KnowledgeLayer> layers) {
        List<InputProblem> problems = new ArrayList<>();
        List<RuleOutline> rules = new ArrayList<>();
        List<RuleCase> cases = new ArrayList<>();
        Set<String> unparsable = new HashSet<>();
        for (KnowledgeLayer layer : layers) {
            Set<String> caseFiles = new HashSet<>();
            layer.caseFiles().forEach(file -> caseFiles.add(file.path()));
            for (RuleSource source : layer.rules()) {
                try {
                    List<RuleOutline> outlines = drlReader.read(source);
                    rules.addAll(outlines);
                    outlines.forEach(rule -> checkMetadata(rule, layer, problems));
                    outlines.forEach(rule -> problems.addAll(vocabularyCheck.check(rule)));
                } catch (InvalidInputException e) {
                    problems.addAll(e.getProblems());
                    unparsable.add(source.path());
                }
                if (!caseFiles.contains(KnowledgeLayer.caseFileFor(source.path()))) {
                    problems.add(error(source.path(), 1, "", "no case file beside it (expected "
                            + KnowledgeLayer.caseFileFor(source.path()) + ")"));
                }
            }
        }
        CaseFiles caseFiles = CaseFiles.read(layers, schema);
        cases.addAll(caseFiles.cases());
        problems.addAll(caseFiles.problems());
        checkIdsAreUnique(rules, problems);
        if (unparsable.isEmpty()) {
            Set<String> causes = checkCausesAndPages(rules, problems);
            checkCases(rules, cases, causes, problems);
        }
        return new Report(problems.stream().sorted().toList(), List.copyOf(rules), List.copyOf(cases),
                Set.copyOf(unparsable));
    }

    private void checkMetadata(RuleOutline rule, KnowledgeLayer layer, List<InputProblem> problems) {
        String where = "rule \"" + rule.name() + "\"";
        checkReadsNoLocation(rule, where, problems);
        rule.metadata().keySet().stream().filter(key -> !KNOWN_METADATA.contains(key)).forEach(key ->
                problems.add(new InputProblem(rule.file(), rule.lineOf(key), 0, Severity.WARNING, "@" + key,
                        where + ": unknown metadata; known are @id, @cause, @cf, @doc, @asks, @status, @appliesTo")));
        checkAppliesTo(rule, where, problems);
        if (rule.meta(RuleMetadata.ID).isEmpty()) {
            problems.add(error(rule.file(), rule.line(), "@id", where + ": missing; every rule needs a stable, "
                    + "unique id"));
        }
        String status = rule.meta(RuleMetadata.STATUS).orElse(RuleMetadata.ACTIVE);
        if (!status.equals(RuleMetadata.ACTIVE) && !status.equals(RuleMetadata.RETIRED)) {
            problems.add(error(rule.file(), rule.lineOf(RuleMetadata.STATUS), "@status",
                    where + ": must be active or retired, not " + status));
        }
        rule.meta(RuleMetadata.DOC).ifPresentOrElse(doc -> {
            if (!layer.docExists().test(doc)) {
                problems.add(error(rule.file(), rule.lineOf(RuleMetadata.DOC), "@doc",
                        where + ": no page kb-docs/" + doc));
            }
        }, () -> problems.add(error(rule.file(), rule.line(), "@doc", where + ": missing; name the kb-docs page "
                + "that explains the rule")));
        switch (rule.conclusion()) {
            case SUPPORT -> {
                require(rule, RuleMetadata.CAUSE, "the cause it supports", problems);
                checkConfidence(rule, problems);
            }
            case SUPPORT_FOR_FACT_CAUSE -> {
                checkConfidence(rule, problems);
                rule.meta(RuleMetadata.CAUSE).ifPresent(cause -> problems.add(error(rule.file(),
                        rule.lineOf(RuleMetadata.CAUSE), "@cause", where + ": the cause comes from the fact the "
                                + "rule matches (Support.ofCause); remove @cause")));
            }
            case ADVISORY -> require(rule, RuleMetadata.CAUSE, "the advisory it raises", problems);
            case NEED -> {
                require(rule, RuleMetadata.CAUSE, "the cause the question bears on", problems);
                require(rule, RuleMetadata.ASKS, "the vocabulary fact it asks for", problems);
                rule.meta(RuleMetadata.ASKS).filter(fact -> vocabulary.find(fact).isEmpty()).ifPresent(fact ->
                        problems.add(error(rule.file(), rule.lineOf(RuleMetadata.ASKS), "@asks",
                                where + ": " + fact + " is not in the vocabulary (facts-schemas)"
                                        + NearestNames.suggestion(fact, vocabulary.entries().stream()
                                                .map(Vocabulary.Entry::id).toList()))));
            }
            case DERIVED_FACT -> { }
            case NOTHING -> problems.add(new InputProblem(rule.file(), rule.line(), 0, Severity.WARNING, "",
                    where + ": its consequence inserts nothing the tool reads (Support.of, Advisory.of, Need.of "
                            + "or a derived fact)"));
            default -> throw new IllegalStateException(rule.conclusion().name());
        }
    }

    /**
     * Each product an {@code @appliesTo} names must be one of the vocabulary's: a misspelt one would otherwise make the
     * rule silent for the product meant. Each unknown name is reported at its own line and column.
     */
    private void checkAppliesTo(RuleOutline rule, String where, List<InputProblem> problems) {
        Optional<String> list = rule.meta(RuleMetadata.APPLIES_TO);
        if (list.isEmpty()) {
            return;
        }
        int line = rule.lineOf(RuleMetadata.APPLIES_TO);
        String[] lines = rule.text().split("\n", -1);
        String written = line - rule.line() < lines.length ? lines[Math.max(0, line - rule.line())] : "";
        int listStart = Math.max(0, written.indexOf("@" + RuleMetadata.APPLIES_TO));
        if (list.get().isBlank()) {
            problems.add(new InputProblem(rule.file(), line, listStart + 1, "@" + RuleMetadata.APPLIES_TO,
                    where + ": names no product; expected a comma-separated list of " + String.join(", ",
                            products.all()) + ", or no @appliesTo for a rule that applies to every version"));
            return;
        }
        for (String unknown : products.unknown(list.get())) {
            int column = written.indexOf(unknown, listStart);
            problems.add(new InputProblem(rule.file(), line, column < 0 ? 0 : column + 1,
                    "@" + RuleMetadata.APPLIES_TO, where + ": " + unknown + " is not a product; expected any of "
                            + String.join(", ", products.all())
                            + NearestNames.suggestion(unknown, products.all())));
        }
    }

    /**
     * A rule may ask how a fact was learned (source.kind) but not where: classify gives an incident the verdict of an
     * earlier one whose facts say the same (io.signindoctor.model.Observation), which holds only while no rule reads
     * a file name or line.
     */
    private static void checkReadsNoLocation(RuleOutline rule, String where, List<InputProblem> problems) {
        String[] lines = rule.text().split("\n", -1);
        for (int i = 0; i < lines.length && !lines[i].strip().equals("then"); i++) {
            if (READS_LOCATION.matcher(lines[i].replaceAll("//.*", "")).find()) {
                problems.add(error(rule.file(), rule.line() + i, "", where + ": reads where a fact was found; a "
                        + "rule may read source.kind but not the source's file or line, since classify reuses the "
                        + "verdict of an incident whose facts say the same"));
            }
        }
    }

    private static void require(RuleOutline rule, String key, String what, List<InputProblem> problems) {
        if (rule.meta(key).isEmpty()) {
            problems.add(error(rule.file(), rule.line(), "@" + key,
                    "rule \"" + rule.name() + "\": missing; name " + what));
        }
    }

    private static void checkConfidence(RuleOutline rule, List<InputProblem> problems) {
        rule.meta(RuleMetadata.CONFIDENCE).ifPresentOrElse(text -> {
            try {
                double cf = Double.parseDouble(text);
                if (cf < -1 || cf > 1 || cf == 0) {
                    problems.add(error(rule.file(), rule.lineOf(RuleMetadata.CONFIDENCE), "@cf", "rule \""
                            + rule.name() + "\": must be between -1 and 1 and not 0, not " + text));
                }
            } catch (NumberFormatException notANumber) {
                problems.add(error(rule.file(), rule.lineOf(RuleMetadata.CONFIDENCE), "@cf",
                        "rule \"" + rule.name() + "\": must be a number such as 0.8 or -0.6, not " + text));
            }
        }, () -> problems.add(error(rule.file(), rule.line(), "@cf", "rule \"" + rule.name()
                + "\": missing; give the rule's confidence, negative when it counts against the cause")));
    }

    private static void checkIdsAreUnique(List<RuleOutline> rules, List<InputProblem> problems) {
        Map<String, RuleOutline> first = new HashMap<>();
        for (RuleOutline rule : rules) {
            rule.meta(RuleMetadata.ID).ifPresent(id -> {
                RuleOutline earlier = first.putIfAbsent(id, rule);
                if (earlier != null) {
                    problems.add(error(rule.file(), rule.lineOf(RuleMetadata.ID), "@id", "duplicate id " + id
                            + "; already used by rule \"" + earlier.name() + "\" at " + earlier.file() + ":"
                            + earlier.lineOf(RuleMetadata.ID)));
                }
            });
        }
    }

    /** Returns every cause and advisory id known to the knowledge base. */
    private Set<String> checkCausesAndPages(List<RuleOutline> rules, List<InputProblem> problems) {
        Set<String> named = new HashSet<>();
        for (RuleOutline rule : rules) {
            String cause = rule.meta(RuleMetadata.CAUSE).orElse(null);
            if (cause == null) {
                continue;
            }
            String expectedKind = switch (rule.conclusion()) {
                case SUPPORT -> CausePage.CAUSE;
                case ADVISORY -> CausePage.ADVISORY;
                default -> null;
            };
            if (expectedKind == null) {
                continue;
            }
            named.add(cause);
            pages.find(cause).ifPresentOrElse(page -> {
                if (!page.kind().equals(expectedKind)) {
                    problems.add(error(rule.file(), rule.lineOf(RuleMetadata.CAUSE), "@cause", "rule \""
                            + rule.name() + "\": " + cause + " is documented as " + page.kind() + " in " + page.file()
                            + " but this rule treats it as " + expectedKind));
                }
            }, () -> problems.add(error(rule.file(), rule.lineOf(RuleMetadata.CAUSE), "@cause", "rule \""
                    + rule.name() + "\": no kb-docs page for " + cause + " (expected kb-docs/causes/" + cause + ".md)")));
        }
        for (RuleOutline rule : rules) {
            if (rule.conclusion() == RuleOutline.Conclusion.NEED) {
                rule.meta(RuleMetadata.CAUSE).map(RuleMetadata::causeList).orElse(List.of()).stream()
                        .filter(cause -> !named.contains(cause)).forEach(cause ->
                        problems.add(error(rule.file(), rule.lineOf(RuleMetadata.CAUSE), "@cause", "rule \""
                                + rule.name() + "\": no rule concludes " + cause)));
            }
        }
        for (CausePage page : pages.pages()) {
            if (!named.contains(page.cause())) {
                problems.add(error(page.file(), 2, "cause", page.cause() + ": no rule concludes this " + page.kind()
                        + "; a page must belong to a cause or advisory some rule names"));
            }
        }
        return named;
    }

    private void checkCases(List<RuleOutline> rules, List<RuleCase> cases, Set<String> causes,
            List<InputProblem> problems) {
        Map<String, RuleOutline> byId = new HashMap<>();
        rules.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
        Set<String> firing = new HashSet<>();
        Set<String> silent = new HashSet<>();
        for (RuleCase ruleCase : cases) {
            Expectation expect = ruleCase.expect();
            firing.addAll(expect.fires());
            silent.addAll(expect.silent());
            List<String> ruleIds = new ArrayList<>(expect.fires());
            ruleIds.addAll(expect.silent());
            ruleIds.stream().filter(id -> !byId.containsKey(id)).distinct().forEach(id -> problems.add(
                    caseError(ruleCase, "expect", "names rule " + id + ", which does not exist"
                            + NearestNames.suggestion(id, byId.keySet()))));
            List<String> named = new ArrayList<>(expect.notCauses());
            expect.top().flatMap(top -> top).ifPresent(named::add);
            expect.causes().ifPresent(named::addAll);
            expect.advisories().ifPresent(named::addAll);
            named.stream().filter(cause -> !causes.contains(cause)).distinct().forEach(cause -> problems.add(
                    caseError(ruleCase, "expect", "names cause " + cause + ", which no rule concludes"
                            + NearestNames.suggestion(cause, causes))));
            expect.asks().stream().filter(fact -> vocabulary.find(fact).isEmpty()).forEach(fact -> problems.add(
                    caseError(ruleCase, "expect.asks", fact + " is not in the vocabulary"
                            + NearestNames.suggestion(fact, vocabulary.entries().stream().map(Vocabulary.Entry::id)
                                    .toList()))));
        }
        for (RuleOutline rule : rules) {
            if (rule.meta(RuleMetadata.STATUS).filter(RuleMetadata.RETIRED::equals).isPresent()) {
                continue;
            }
            if (!firing.contains(rule.id())) {
                problems.add(error(rule.file(), rule.line(), "", "rule " + rule.id() + " has no case where it fires "
                        + "(list it under expect.fires in " + KnowledgeLayer.caseFileFor(rule.file()) + ")"));
            }
            if (!silent.contains(rule.id())) {
                problems.add(error(rule.file(), rule.line(), "", "rule " + rule.id() + " has no case where it stays "
                        + "silent (list it under expect.silent in " + KnowledgeLayer.caseFileFor(rule.file()) + ")"));
            }
        }
    }

    private static InputProblem caseError(RuleCase ruleCase, String field, String message) {
        return error(ruleCase.file(), ruleCase.line(), field, "case \"" + ruleCase.name() + "\": " + message);
    }

    private static InputProblem error(String file, int line, String field, String message) {
        return new InputProblem(file, line, 0, field, message);
    }
}
