package io.signindoctor.build;

import com.fasterxml.jackson.databind.JsonNode;
import io.signindoctor.facts.DocumentReader;
import io.signindoctor.facts.InputProblem;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.LocatedDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Build step, not part of the tool: the lists of fact groups that JSON Schema makes the other schemas spell out, checked
 * against the groups facts.schema.yaml defines (io.signindoctor.vocabulary.Schema.GROUPS, generated from it). A
 * schema can neither import a list of names from another file nor cut a string in two, so a fact name's pattern
 * ({@code ^(account|symptom|client|server)\.}) and the additions' group properties stay literal; this finds every
 * such list in facts-schemas/ and fails the build, at its file and line, when one has drifted from the groups.
 */
public final class FactGroupLists {

    /** A pattern that starts with a choice of lowercase words and a dot: the group part of a fact name. */
    private static final Pattern GROUP_CHOICE = Pattern.compile("^\\^\\(([a-z][a-z0-9-]*(?:\\|[a-z][a-z0-9-]*)+)\\)\\\\\\.");

    private final Set<String> groups;

    public FactGroupLists(List<String> groups) {
        this.groups = new LinkedHashSet<>(groups);
    }

    /** Every list of groups in the schema files of a folder that does not name exactly the groups. */
    public List<InputProblem> problems(Path schemaFolder) throws IOException {
        List<InputProblem> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(schemaFolder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    LocatedDocument document = new DocumentReader().read(file);
                    check(document, document.root(), "", problems);
                } catch (InvalidInputException unreadable) {
                    problems.addAll(unreadable.getProblems());
                }
            }
        }
        return problems;
    }

    private void check(LocatedDocument document, JsonNode node, String pointer, List<InputProblem> problems) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
                if (field.getKey().equals("pattern") && field.getValue().isTextual()) {
                    checkPattern(document, at, field.getValue().asText(), problems);
                } else if (field.getKey().equals("properties") && field.getValue().isObject()) {
                    checkProperties(document, at, field.getValue(), problems);
                }
                check(document, field.getValue(), at, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(document, node.get(i), pointer + "/" + i, problems);
            }
        }
    }

    private void checkPattern(LocatedDocument document, String pointer, String pattern, List<InputProblem> problems) {
        Matcher choice = GROUP_CHOICE.matcher(pattern);
        if (choice.find()) {
            compare(document, pointer, new LinkedHashSet<>(List.of(choice.group(1).split("\\|"))), problems);
        }
    }

    /** Properties named only after groups are a list of the groups, and must name all of them. */
    private void checkProperties(LocatedDocument document, String pointer, JsonNode properties,
            List<InputProblem> problems) {
        Set<String> names = new LinkedHashSet<>();
        properties.fieldNames().forEachRemaining(names::add);
        if (names.size() > 1 && groups.containsAll(names)) {
            compare(document, pointer, names, problems);
        }
    }

    private void compare(LocatedDocument document, String pointer, Set<String> listed, List<InputProblem> problems) {
        if (!listed.equals(groups)) {
            Set<String> missing = new LinkedHashSet<>(groups);
            missing.removeAll(listed);
            Set<String> extra = new LinkedHashSet<>(listed);
            extra.removeAll(groups);
            problems.add(document.problemAt(pointer, "lists the fact groups " + listed + ", but facts.schema.yaml "
                    + "defines " + groups + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (extra.isEmpty() ? "" : "; not a group: " + extra)));
        }
    }
}
