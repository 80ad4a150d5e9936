package io.signindoctor.authoring;

import io.signindoctor.kbfiles.RuleSource;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.signindoctor.facts.Vocabulary;
import java.util.Optional;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;

/**
 * Parses DRL with Drools' own parser into rule outlines. Syntax errors come back with their line and column, which
 * the compiler of the executable model does not always give.
 */
public final class DrlReader {

    /** A field compared with a literal: text in quotes, a number or true/false. */
    private static final Pattern COMPARISON = Pattern.compile(
            "\\b([A-Za-z_]\\w*)\\s*(?:==|!=)\\s*(\"[^\"\\\\\\n]*\"|true\\b|false\\b|-?\\d{1,19}\\b)");

    private final Vocabulary vocabulary;

    /** The vocabulary says which fact classes hold which group's facts, for the facts each rule reads. */
    public DrlReader(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public List<RuleOutline> read(RuleSource source) throws InvalidInputException {
        DrlParser parser = new DrlParser();
        PackageDescr pkg;
        try {
            pkg = parser.parse(false, source.text());
        } catch (DroolsParserException e) {
            throw new InvalidInputException(new InputProblem(source.path(), 0, 0, "", e.getMessage()));
        }
        if (parser.hasErrors() || pkg == null) {
            List<InputProblem> problems = new ArrayList<>();
            for (DroolsError error : parser.getErrors()) {
                int line = error instanceof ParserError parse ? parse.getRow() : firstLine(error.getLines());
                int column = error instanceof ParserError parse ? parse.getCol() + 1 : 0;
                problems.add(new InputProblem(source.path(), Math.max(0, line), Math.max(0, column), "",
                        error.getMessage().lines().findFirst().orElse("syntax error")));
            }
            throw new InvalidInputException(problems.isEmpty()
                    ? List.of(new InputProblem(source.path(), 0, 0, "", "the file cannot be parsed as DRL"))
                    : problems);
        }
        String[] lines = source.text().split("\n", -1);
        List<RuleOutline> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            rules.add(outline(source.path(), rule, lines, source.text()));
        }
        return rules;
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    private RuleOutline outline(String file, RuleDescr rule, String[] lines, String text) {
        Map<String, RuleOutline.Metadata> metadata = new LinkedHashMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            int line = annotation.getLine() > 0 ? annotation.getLine()
                    : lineOfAnnotation(lines, rule.getLine(), annotation.getName());
            metadata.put(annotation.getName(), new RuleOutline.Metadata(unquote(annotation.getSingleValue()), line));
        }
        int end = Math.min(lines.length, Math.max(rule.getEndLine(), rule.getLine()));
        String ruleText = String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, rule.getLine() - 1), end));
        List<FactPattern> patterns = new ArrayList<>();
        collect(rule.getLhs(), text, patterns);
        Set<String> factsRead = new TreeSet<>();
        for (FactPattern pattern : patterns) {
            Optional<String> group = vocabulary.sectionOf(pattern.factClass()).filter(Vocabulary.GROUPS::contains);
            pattern.comparisons().stream().filter(comparison -> comparison.field().equals("name") && comparison.text())
                    .forEach(comparison -> group.ifPresent(name -> factsRead.add(name + "." + comparison.literal())));
        }
        String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        return new RuleOutline(file, rule.getLine(), rule.getName(), metadata, RuleOutline.Conclusion.of(consequence),
                factsRead, patterns, ruleText);
    }

    /** Every pattern of the conditions, inside not, or, exists and accumulate as well. */
    private static void collect(BaseDescr descr, String text, List<FactPattern> patterns) {
        if (descr instanceof PatternDescr pattern) {
            List<FactPattern.Comparison> comparisons = new ArrayList<>();
            for (BaseDescr constraint : pattern.getDescrs()) {
                if (constraint instanceof ExprConstraintDescr expression) {
                    comparisons.addAll(comparisons(expression, text));
                }
            }
            patterns.add(new FactPattern(pattern.getObjectType(), comparisons));
            if (pattern.getSource() instanceof AccumulateDescr accumulate) {
                collect(accumulate.getInput(), text, patterns);
            } else if (pattern.getSource() != null) {
                collect(pattern.getSource(), text, patterns);
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            for (Object child : element.getDescrs()) {
                collect((BaseDescr) child, text, patterns);
            }
        }
    }

    /** The literal comparisons of one constraint, each at the line and column where its literal is written. */
    private static List<FactPattern.Comparison> comparisons(ExprConstraintDescr constraint, String text) {
        String expression = constraint.getExpression();
        int start = constraint.getStartCharacter();
        int base = start >= 0 && text.startsWith(expression, start) ? start : text.indexOf(expression, Math.max(0, start));
        List<FactPattern.Comparison> found = new ArrayList<>();
        Matcher matcher = COMPARISON.matcher(expression);
        while (matcher.find()) {
            String literal = matcher.group(2);
            boolean quoted = literal.startsWith("\"");
            int offset = base < 0 ? -1 : base + matcher.start(2);
            int line = offset < 0 ? constraint.getLine() : lineAt(text, offset);
            int column = offset < 0 ? 0 : offset - text.lastIndexOf('\n', offset - 1);
            found.add(new FactPattern.Comparison(matcher.group(1), quoted ? literal.substring(1, literal.length() - 1)
                    : literal, quoted, line, column));
        }
        return found;
    }

    private static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The parser does not always keep an annotation's line; it is the first line below the rule's that has it. */
    private static int lineOfAnnotation(String[] lines, int ruleLine, String name) {
        Pattern annotation = Pattern.compile("@" + Pattern.quote(name) + "\\b");
        for (int i = Math.max(0, ruleLine - 1); i < lines.length; i++) {
            if (annotation.matcher(lines[i]).find()) {
                return i + 1;
            }
            if (lines[i].trim().equals("when")) {
                break;
            }
        }
        return ruleLine;
    }

    private static String unquote(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString().trim();
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}
