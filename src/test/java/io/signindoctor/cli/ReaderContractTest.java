package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * The contract of every reader, on random and mutated input: never an internal error or a stack trace; a refusal
 * names the file (and the line, where there is one) and writes nothing; classify accounts for every record it read.
 * Each property starts from a valid sample of its format and mutates its bytes (inserting syntax characters, control
 * characters, bytes that are not UTF-8, byte-order marks), with a fixed seed so that every run tries the same inputs.
 * What gather writes must read back: diagnose of the written file gives the diagnosis its inputs give, also when the
 * words a fact cites hold control characters.
 */
class ReaderContractTest {

    private static final Pattern SUMMARY = Pattern.compile(
            "read ([0-9,]+) records from \\d+ inputs?: ([0-9,]+) classified, ([0-9,]+) unclassified, ([0-9,]+) rejected");
    private static final String SYNTAX = ",\"'\n\r\t:-[]{}#&*!|>%@`\\ ;=0x\u00e9";
    /** C0 and C1 controls, DEL, an escape sequence, Unicode line breaks and a byte-order mark, as logs carry them. */
    private static final List<String> CONTROLS = List.of("\u0000", "\u0001", "\u0007", "\b", "\u000b", "\f",
            "\u001b[31m", "\u007f", "\u0085", "\u009b", "\u2028", "\u2029", "\ufeff", "\r");

    private Path folder;

    @BeforeProperty
    void folder() throws IOException {
        folder = Files.createTempDirectory("reader-contract");
    }

    @AfterProperty
    void removeFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** A sample's bytes with a few random edits: inserted, replaced or deleted bytes, some of them not UTF-8. */
    private static Arbitrary<byte[]> mutated(String sample) {
        byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
        Arbitrary<Byte> inserted = Arbitraries.oneOf(
                Arbitraries.of(SYNTAX.chars().mapToObj(c -> (byte) c).toList()),
                Arbitraries.bytes(),
                Arbitraries.of((byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x1B, (byte) 0x00, (byte) 0x7F,
                        (byte) 0x07, (byte) 0x0B));
        Arbitrary<int[]> edit = Combinators.combine(Arbitraries.integers().between(0, Math.max(0, bytes.length)),
                Arbitraries.integers().between(0, 2), inserted.map(b -> (int) b))
                .as((at, kind, value) -> new int[] {at, kind, value});
        return edit.list().ofMaxSize(12).map(edits -> {
            byte[] current = bytes;
            for (int[] e : edits) {
                int at = Math.min(e[0], current.length);
                byte[] next;
                if (e[1] == 0 || current.length == 0) {
                    next = new byte[current.length + 1];
                    System.arraycopy(current, 0, next, 0, at);
                    next[at] = (byte) e[2];
                    System.arraycopy(current, at, next, at + 1, current.length - at);
                } else if (e[1] == 1 && at < current.length) {
                    next = current.clone();
                    next[at] = (byte) e[2];
                } else {
                    int cut = Math.min(at, current.length - 1);
                    next = new byte[current.length - 1];
                    System.arraycopy(current, 0, next, 0, cut);
                    System.arraycopy(current, cut + 1, next, cut, current.length - cut - 1);
                }
                current = next;
            }
            return current;
        });
    }

    /** A sample with control characters inserted at random places, still valid UTF-8. */
    private static Arbitrary<byte[]> withControls(String sample) {
        Arbitrary<int[]> insertion = Combinators.combine(Arbitraries.integers().between(0, sample.length()),
                Arbitraries.integers().between(0, CONTROLS.size() - 1)).as((at, which) -> new int[] {at, which});
        return insertion.list().ofMinSize(1).ofMaxSize(8).map(insertions -> {
            StringBuilder text = new StringBuilder(sample);
            insertions.stream().sorted((a, b) -> Integer.compare(b[0], a[0]))
                    .forEach(i -> text.insert(i[0], CONTROLS.get(i[1])));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void assertNoInternalError(CliRun run) {
        assertThat(run.exitCode()).as(run.err()).isNotIn(ExitCode.SOFTWARE, ExitCode.ENVIRONMENT);
        assertThat(run.err()).doesNotContain("internal error").doesNotContain("\tat ").doesNotContain("Exception")
                .doesNotContain("StreamReadConstraints").doesNotContain("[Source:");
    }

    private static void assertRefusalNamesTheFile(CliRun run, Path file) {
        if (run.exitCode() == ExitCode.INPUT) {
            assertThat(run.err()).contains(file.toString());
        }
    }

    private void assertNothingWrittenOnRefusal(CliRun run, Path... outputs) throws IOException {
        if (run.exitCode() == ExitCode.INPUT) {
            for (Path output : outputs) {
                assertThat(output).doesNotExist();
            }
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".partial"));
            }
        }
    }

    private void assertEveryRecordAccountedFor(CliRun run, Path out, Path rejects) throws IOException {
        if (run.exitCode() == ExitCode.INPUT) {
            return;
        }
        Matcher summary = SUMMARY.matcher(run.err());
        assertThat(summary.find()).as(run.err()).isTrue();
        long read = number(summary.group(1));
        assertThat(read).isEqualTo(number(summary.group(2)) + number(summary.group(3)) + number(summary.group(4)));
        assertThat(Files.readAllLines(out).size() + Files.readAllLines(rejects).size()).isEqualTo((int) read);
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    private void classifyHoldsTheContract(String name, byte[] bytes, String... more) throws IOException {
        Path input = write(name, bytes);
        classifyHoldsTheContract(input, input, more);
    }

    private void classifyHoldsTheContract(Path input, Path mutated, String... more) throws IOException {
        Path out = folder.resolve("out.jsonl");
        Path rejects = folder.resolve("rejects.jsonl");
        List<String> args = new java.util.ArrayList<>(List.of("classify", input.toString(), "--out", out.toString(),
                "--rejects", rejects.toString(), "--threads", "1"));
        args.addAll(List.of(more));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertNoInternalError(run);
        assertRefusalNamesTheFile(run, mutated);
        assertNothingWrittenOnRefusal(run, out, rejects);
        assertEveryRecordAccountedFor(run, out, rejects);
        Files.deleteIfExists(out);
        Files.deleteIfExists(rejects);
    }

    @Provide
    Arbitrary<byte[]> csv() {
        return mutated("id,title,description\nA,x,\"internal server: 192.168.0.2:5060, error 10061\"\n"
                + "B,\"two\nlines\",plain\nC,,\"a \"\"quoted\"\" word\"\n");
    }

    @Property(tries = 25, seed = "11")
    void csvExports(@ForAll("csv") byte[] bytes) throws IOException {
        classifyHoldsTheContract("queue.csv", bytes);
    }

    @Provide
    Arbitrary<byte[]> jsonLines() {
        return mutated("{\"id\": \"A\", \"description\": \"error 10061\"}\n{\"id\": 2, \"title\": {\"x\": [1, 2]}}\n"
                + "[1]\n");
    }

    @Property(tries = 25, seed = "12")
    void jsonLinesExports(@ForAll("jsonLines") byte[] bytes) throws IOException {
        classifyHoldsTheContract("queue.jsonl", bytes);
    }

    @Provide
    Arbitrary<byte[]> jsonArray() {
        return mutated("[{\"id\": \"A\", \"description\": \"error 10061\"}, {\"id\": 2, \"title\": null}]\n");
    }

    @Property(tries = 25, seed = "13")
    void jsonExports(@ForAll("jsonArray") byte[] bytes) throws IOException {
        classifyHoldsTheContract("queue.json", bytes);
    }

    @Provide
    Arbitrary<byte[]> yamlExport() {
        return mutated("- id: A\n  description: \"error 10061\"\n- id: B\n  notes: [one, two]\n---\nid: C\n");
    }

    @Property(tries = 25, seed = "14")
    void yamlExports(@ForAll("yamlExport") byte[] bytes) throws IOException {
        classifyHoldsTheContract("queue.yaml", bytes);
    }

    @Provide
    Arbitrary<byte[]> mapping() {
        return mutated("id: id\ntext: [title, description]\nfacts:\n  location:\n    fact: symptom.user-location\n"
                + "    values: {office: internal}\nlabels: cause\n");
    }

    @Property(tries = 25, seed = "15")
    void mappingFiles(@ForAll("mapping") byte[] bytes) throws IOException {
        Path mapping = write("mapping.yaml", bytes);
        Path input = write("queue.csv", "id,title,description,location,cause\nA,x,y,office,none\n"
                .getBytes(StandardCharsets.UTF_8));
        classifyHoldsTheContract(input, mapping, "--mapping", mapping.toString());
    }

    private void diagnoseHoldsTheContract(String name, byte[] bytes) throws IOException {
        Path facts = write(name, bytes);
        CliRun run = CliRun.of("diagnose", facts.toString());
        assertNoInternalError(run);
        assertRefusalNamesTheFile(run, facts);
        if (run.exitCode() == ExitCode.INPUT) {
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).containsPattern(Pattern.quote(facts.toString()) + "(:\\d+)*: error: ");
        }
    }

    @Provide
    Arbitrary<byte[]> factsYaml() throws IOException {
        return mutated(Files.readString(Path.of("examples/04-manual-server-not-fqdn.yaml")));
    }

    @Property(tries = 25, seed = "16")
    void factsFilesInYaml(@ForAll("factsYaml") byte[] bytes) throws IOException {
        diagnoseHoldsTheContract("case.yaml", bytes);
    }

    @Provide
    Arbitrary<byte[]> factsJson() {
        return mutated("{\"case\": \"INC-1\", \"client\": {\"configuration\": \"manual\", \"internal-server\": "
                + "\"192.168.0.2:5060\"}, \"events\": [{\"kind\": \"connect-failure\", \"server\": \"192.168.0.2\", "
                + "\"port\": 5060, \"code\": 10061}], \"unknown\": [\"account.sip-uri\"]}\n");
    }

    @Property(tries = 25, seed = "17")
    void factsFilesInJson(@ForAll("factsJson") byte[] bytes) throws IOException {
        diagnoseHoldsTheContract("case.json", bytes);
    }

    private void gatherHoldsTheContract(String name, byte[] bytes, String... options) throws IOException {
        Path artifact = write(name, bytes);
        Path out = folder.resolve("gathered.yaml");
        List<String> args = new java.util.ArrayList<>(List.of("gather"));
        for (String option : options) {
            args.add(option.equals("FILE") ? artifact.toString() : option);
        }
        args.addAll(List.of("--out", out.toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertNoInternalError(run);
        assertRefusalNamesTheFile(run, artifact);
        assertNothingWrittenOnRefusal(run, out);
        if (run.exitCode() == ExitCode.OK) {
            List<String> direct = new java.util.ArrayList<>(args.subList(1, args.size() - 2));
            direct.addAll(0, List.of("diagnose", "--format", "json"));
            assertThat(DiagnosisShape.of(CliRun.of("diagnose", out.toString(), "--format", "json")))
                    .isEqualTo(DiagnosisShape.of(CliRun.of(direct.toArray(String[]::new))));
        }
        Files.deleteIfExists(out);
    }

    @Provide
    Arbitrary<byte[]> registry() throws IOException {
        return mutated(Files.readString(Path.of("examples/gather/laptop.reg")));
    }

    @Property(tries = 25, seed = "18")
    void registryExports(@ForAll("registry") byte[] bytes) throws IOException {
        gatherHoldsTheContract("laptop.reg", bytes, "--reg", "FILE", "--role", "client");
    }

    @Provide
    Arbitrary<byte[]> zone() throws IOException {
        return mutated(Files.readString(Path.of("examples/gather/contoso.com.dns")));
    }

    @Property(tries = 25, seed = "19")
    void zoneFiles(@ForAll("zone") byte[] bytes) throws IOException {
        gatherHoldsTheContract("contoso.com.dns", bytes, "--domain", "contoso.com", "--zone-file", "FILE");
    }

    @Provide
    Arbitrary<byte[]> eventLog() throws IOException {
        return mutated(Files.readString(Path.of("examples/gather/communicator-events.txt")));
    }

    @Property(tries = 25, seed = "20")
    void eventLogs(@ForAll("eventLog") byte[] bytes) throws IOException {
        gatherHoldsTheContract("events.txt", bytes, "--log", "FILE");
    }

    @Provide
    Arbitrary<byte[]> eventLogWithControls() throws IOException {
        return withControls(Files.readString(Path.of("examples/artifacts/communicator-events-no-srv.txt")));
    }

    @Property(tries = 25, seed = "22")
    void eventLogsWithControlCharacters(@ForAll("eventLogWithControls") byte[] bytes) throws IOException {
        gatherHoldsTheContract("events.txt", bytes, "--log", "FILE");
    }

    @Provide
    Arbitrary<byte[]> ticketWithControls() {
        return withControls("INC-7: the user cannot sign in. Communicator says: There was a problem verifying the "
                + "certificate from the server.\nManual configuration, internal server sip.contoso.com over TLS; "
                + "error 0x80072F0D.\n");
    }

    @Property(tries = 25, seed = "23")
    void ticketsWithControlCharacters(@ForAll("ticketWithControls") byte[] bytes) throws IOException {
        gatherHoldsTheContract("ticket.txt", bytes, "--text", "FILE");
    }

    @Provide
    Arbitrary<String> answers() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("1", "2", "3", "yes", "no", "unknown", "back", "why", "status", "how 1", "how x",
                        "help", "192.168.0.2:5060", "sip:jdoe@contoso.com", "0x20080030", "!!", "?"),
                Arbitraries.strings().withChars(SYNTAX + "abc" + String.join("", CONTROLS)).ofMaxLength(30));
        return word.list().ofMaxSize(15).map(lines -> String.join("\n", lines) + "\n");
    }

    @Property(tries = 25, seed = "21")
    void interviewAnswers(@ForAll("answers") String answers) throws IOException {
        Path saved = folder.resolve("saved.yaml");
        CliRun run = CliRun.withInput(answers, "interview", "--save", saved.toString());
        assertNoInternalError(run);
        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(CliRun.of("diagnose", saved.toString()).exitCode()).isEqualTo(ExitCode.OK);
        Files.deleteIfExists(saved);
    }
}
