package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every ./signin-doctor command the README shows, run as it is written (from a fresh clone, with the shipped
 * examples), so the README stays true. Usage lines with placeholders (FILE, [--option]) are not commands and are
 * left out; the files a command writes go to a temporary folder instead of the checkout.
 */
class ReadmeCommandsTest {

    private static final Pattern SH_BLOCK = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL);
    private static final Set<String> WRITES = Set.of("--out", "--report", "--save", "--rejects", "init");

    @TempDir
    Path folder;

    static List<List<String>> commands(Path markdown) throws IOException {
        List<List<String>> commands = new ArrayList<>();
        Matcher block = SH_BLOCK.matcher(Files.readString(markdown));
        while (block.find()) {
            for (String line : block.group(1).replace("\\\n", " ").split("\n")) {
                String command = line.replaceAll("\\s+#.*$", "").strip();
                if (!command.startsWith("./signin-doctor ")) {
                    continue;
                }
                List<String> words = List.of(command.substring("./signin-doctor ".length()).split("\\s+"));
                boolean usage = words.stream().anyMatch(word -> word.matches(".*[\\[\\]|].*|.*\\.\\.\\..*|[A-Z]+"));
                if (!usage) {
                    commands.add(words);
                }
            }
        }
        return commands;
    }

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "examples/gather/README.md"})
    void everyCommandShownRunsWithoutAnInternalError(String markdown) throws IOException {
        List<List<String>> commands = commands(Path.of(markdown));
        Map<String, String> written = new HashMap<>();
        List<String> ran = new ArrayList<>();
        for (List<String> words : commands) {
            List<String> args = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (i > 0 && WRITES.contains(words.get(i - 1))) {
                    written.put(word, folder.resolve(word).toString());
                }
                args.add(written.getOrDefault(word, word));
            }
            if (args.get(0).equals("classify") && !args.contains("--rejects")) {
                // its default rejects file is ./rejects.jsonl, which would land in the checkout
                args.addAll(List.of("--rejects", folder.resolve("rejects.jsonl").toString()));
            }
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(String.join(" ", words) + "\n" + run.err())
                    .isIn(ExitCode.OK, ExitCode.REJECTED);
            assertThat(run.err()).doesNotContain("internal error");
            ran.add(words.get(0));
        }
        assertThat(ran).as("commands found in " + markdown).isNotEmpty();
        if (markdown.equals("README.md")) {
            assertThat(ran).contains("diagnose", "gather", "classify", "kb");
        }
    }

    /** The README's statement of what the knowledge covers is the one --help prints, worked out from the rules. */
    @Test
    void theReadmeSaysWhichProductsTheKnowledgeCoversAsHelpDoes() throws IOException {
        String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
        String help = CliRun.of("--help").out();
        String coverage = help.substring(help.indexOf("Knowledge: ")).replaceAll("\\s+", " ").strip();

        assertThat(coverage).startsWith("Knowledge: ").contains("Skype for Business Server 2019");
        assertThat(readme).contains(coverage);
    }
}
