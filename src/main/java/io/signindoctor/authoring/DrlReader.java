package io.signindoctor.authoring;

import io.signindoctor.engine.RuleSource;
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
import org.drools.drl.ast.descr.AnnotationDescr;
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

    private static final Map<String, String> GROUP_OF_CLASS = Map.of(
            "Account", "account", "Symptom", "symptom", "ClientSetting", "client", "ServerSetting", "server");
    private static final Pattern NAMED_VALUE = Pattern.compile(
            "\\b(Account|Symptom|ClientSetting|ServerSetting)\\s*\\(\\s*name\\s*==\\s*\"([^\"]+)\"");

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
            rules.add(outline(source.path(), rule, lines));
        }
        return rules;
    }

    private static int firstLine(int[] lines) {
        return lines == null || lines.length == 0 ? 0 : lines[0];
    }

    private static RuleOutline outline(String file, RuleDescr rule, String[] lines) {
        Map<String, RuleOutline.Metadata> metadata = new LinkedHashMap<>();
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            int line = annotation.getLine() > 0 ? annotation.getLine()
                    : lineOfAnnotation(lines, rule.getLine(), annotation.getName());
            metadata.put(annotation.getName(), new RuleOutline.Metadata(unquote(annotation.getSingleValue()), line));
        }
        int end = Math.min(lines.length, Math.max(rule.getEndLine(), rule.getLine()));
        String text = String.join("\n", java.util.Arrays.copyOfRange(lines, Math.max(0, rule.getLine() - 1), end));
        int then = rule.getConsequenceLine() > 0 ? rule.getConsequenceLine() : end;
        String conditions = String.join("\n",
                java.util.Arrays.copyOfRange(lines, Math.max(0, rule.getLine() - 1), Math.min(lines.length, then)));
        Set<String> factsRead = new TreeSet<>();
        Matcher matcher = NAMED_VALUE.matcher(conditions);
        while (matcher.find()) {
            factsRead.add(GROUP_OF_CLASS.get(matcher.group(1)) + "." + matcher.group(2));
        }
        String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        return new RuleOutline(file, rule.getLine(), rule.getName(), metadata, RuleOutline.Conclusion.of(consequence),
                factsRead, text);
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
