package io.signindoctor.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a kb-docs page: YAML front matter (cause, kind, title, reference) and level-2 sections, of which "Remedy" is
 * a numbered list whose items the report prints as steps. Anything malformed is reported with the page's line.
 */
public final class CausePageParser {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern STEP = Pattern.compile("^(\\d+)\\.\\s+(.*)$");
    private static final List<String> REQUIRED = List.of(CausePage.CAUSE, "kind", "title", "reference");

    public CausePage parse(String file, String text) throws InvalidInputException {
        List<String> lines = text.replace("\r\n", "\n").lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals("---")) {
            throw problem(file, 1, "", "a cause page starts with front matter between '---' lines");
        }
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        if (end == 0) {
            throw problem(file, 1, "", "the front matter is not closed by a '---' line");
        }
        JsonNode front;
        try {
            front = YAML.readTree(String.join("\n", lines.subList(1, end)));
        } catch (IOException e) {
            throw problem(file, 2, "", "invalid front matter: " + e.getMessage().lines().findFirst().orElse(""));
        }
        for (String field : REQUIRED) {
            if (front == null || !front.hasNonNull(field) || front.get(field).asText().isBlank()) {
                throw problem(file, 2, field, "missing in the front matter");
            }
        }
        String kind = front.get("kind").asText();
        if (!kind.equals(CausePage.CAUSE) && !kind.equals(CausePage.ADVISORY)) {
            throw problem(file, 2, "kind", "must be cause or advisory, not " + kind);
        }
        Map<String, String> sections = new LinkedHashMap<>();
        Map<String, Integer> sectionLines = new LinkedHashMap<>();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (int i = end + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("## ")) {
                if (current != null) {
                    sections.put(current, body.toString().strip());
                }
                current = line.substring(3).strip();
                sectionLines.put(current, i + 1);
                body.setLength(0);
            } else if (current != null) {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            sections.put(current, body.toString().strip());
        }
        if (!sections.containsKey(CausePage.REMEDY)) {
            throw problem(file, lines.size(), "", "no '## Remedy' section");
        }
        List<String> steps = steps(sections.get(CausePage.REMEDY));
        if (steps.isEmpty()) {
            throw problem(file, sectionLines.get(CausePage.REMEDY), CausePage.REMEDY,
                    "the Remedy section has no numbered steps ('1. ...')");
        }
        return new CausePage(front.get(CausePage.CAUSE).asText(), kind, front.get("title").asText(),
                front.get("reference").asText(), file, sections, steps);
    }

    /** Numbered items; indented lines continue the item above them. */
    private static List<String> steps(String remedy) {
        List<String> steps = new ArrayList<>();
        StringBuilder step = null;
        for (String line : remedy.lines().toList()) {
            Matcher matcher = STEP.matcher(line);
            if (matcher.matches()) {
                if (step != null) {
                    steps.add(step.toString());
                }
                step = new StringBuilder(matcher.group(2).strip());
            } else if (step != null && !line.isBlank() && Character.isWhitespace(line.charAt(0))) {
                step.append(' ').append(line.strip());
            } else if (step != null && line.isBlank()) {
                steps.add(step.toString());
                step = null;
            }
        }
        if (step != null) {
            steps.add(step.toString());
        }
        return steps;
    }

    private static InvalidInputException problem(String file, int line, String field, String message) {
        return new InvalidInputException(new InputProblem(file, line, 0, field, message));
    }
}
