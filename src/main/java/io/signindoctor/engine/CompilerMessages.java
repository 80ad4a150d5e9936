package io.signindoctor.engine;

import io.signindoctor.kbfiles.RuleSource;
import io.signindoctor.facts.InputProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.builder.Message;

/**
 * Turns Drools build messages into author-facing problems at a DRL line. The executable-model compiler reports
 * many errors without a line (unknown class, unparsable constraint) or against the Java it generated; those are
 * traced back to the DRL text they came from, so an author never has to read generated code.
 */
final class CompilerMessages {

    private static final Pattern SNIPPET = Pattern.compile(
            "(?:Unable to find class|Unable to parse left part of expression|Unable to resolve|"
                    + "Unknown property|Unable to Analyse Expression)[^:]*:\\s*(.+)$");
    private static final Pattern JAVA_METHOD = Pattern.compile("The method (\\w+)\\(");
    private static final Pattern JAVA_SYMBOL = Pattern.compile("(\\w+) cannot be resolved");

    private final List<RuleSource> sources;
    private final Map<String, String> authorPaths;

    CompilerMessages(List<RuleSource> sources, Map<String, String> authorPaths) {
        this.sources = sources;
        this.authorPaths = authorPaths;
    }

    List<InputProblem> toProblems(List<Message> messages) {
        List<InputProblem> problems = new ArrayList<>();
        boolean anyError = messages.stream().anyMatch(message -> message.getLevel() == Message.Level.ERROR);
        for (Message message : messages) {
            String text = oneLine(message.getText());
            if (message.getLevel() == Message.Level.INFO || text.startsWith("Java source of ")
                    || (anyError && text.equals("Parser returned a null Package"))) {
                continue;
            }
            InputProblem.Severity severity = message.getLevel() == Message.Level.ERROR
                    ? InputProblem.Severity.ERROR : InputProblem.Severity.WARNING;
            String file = authorPath(message.getPath());
            int line = Math.max(0, message.getLine());
            int column = Math.max(0, message.getColumn());
            if (line == 0 || file == null) {
                Optional<Located> located = locate(text, file);
                if (located.isPresent()) {
                    file = located.get().file();
                    line = located.get().line();
                    column = located.get().column();
                }
            }
            problems.add(new InputProblem(file == null ? "rules" : file, line, column, severity, "", text));
        }
        return problems;
    }

    private record Located(String file, int line, int column) {
    }

    private String authorPath(String path) {
        if (path == null || path.isEmpty()) {
            return null;
        }
        return authorPaths.entrySet().stream().filter(entry -> path.endsWith(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    /** Finds the DRL text a message quotes: a constraint, a class name, or a method called in a consequence. */
    private Optional<Located> locate(String text, String preferredFile) {
        List<Pattern> wanted = new ArrayList<>();
        Matcher snippet = SNIPPET.matcher(text);
        if (snippet.find()) {
            String quoted = snippet.group(1).trim();
            String start = Character.isLetterOrDigit(quoted.charAt(0)) ? "\\b" : "";
            String end = Character.isLetterOrDigit(quoted.charAt(quoted.length() - 1)) ? "\\b" : "";
            wanted.add(Pattern.compile(start + Pattern.quote(quoted) + end));
        }
        Matcher method = JAVA_METHOD.matcher(text);
        if (method.find()) {
            wanted.add(Pattern.compile("\\b" + Pattern.quote(method.group(1)) + "\\s*\\("));
        }
        Matcher symbol = JAVA_SYMBOL.matcher(text);
        if (symbol.find()) {
            wanted.add(Pattern.compile("\\b" + Pattern.quote(symbol.group(1)) + "\\b"));
        }
        for (Pattern pattern : wanted) {
            for (RuleSource source : sources) {
                if (preferredFile != null && !preferredFile.equals(source.path())) {
                    continue;
                }
                Matcher found = pattern.matcher(source.text());
                if (found.find()) {
                    String before = source.text().substring(0, found.start());
                    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
                    int column = found.start() - before.lastIndexOf('\n');
                    return Optional.of(new Located(source.path(), line, column));
                }
            }
        }
        return Optional.empty();
    }

    private static String oneLine(String text) {
        return text.lines().map(String::trim).filter(line -> !line.isEmpty()).reduce((a, b) -> a + " " + b)
                .orElse("");
    }
}
