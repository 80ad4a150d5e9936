package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** classify as a support lead runs it: every input format, every record accounted for, in input order. */
class ClassifyCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MESSAGE = "Cannot sign in to Communicator. You may have entered your sign-in address, "
            + "user name, or password incorrectly, or the authentication service may be incompatible with the version "
            + "of the program.";
    private static final String MANUAL_IP = "Manual configuration; internal server: 192.168.0.2:5060. Communicator "
            + "failed to connect to server 192.168.0.2 (192.168.0.2) on port 5060 due to error 10061";
    private static final String WRONG_ADDRESS = MESSAGE + " She signs in as jane@corp.contoso.com; SIP URI is "
            + "sip:jdoe@contoso.com.";

    @TempDir
    Path folder;

    private static List<JsonNode> records(Path jsonl) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    private static List<String> field(List<JsonNode> records, String name) {
        return records.stream().map(record -> record.get(name).isNull() ? null : record.get(name).asText()).toList();
    }

    private static String csvQuoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    @Test
    void csvIncidentsGetTheirCauseRemedyRulesAndTheFactsWithTheWordsTheyCameFrom() throws IOException {
        Path input = TestFiles.write(folder, "queue.csv", "id,title,description\r\n"
                + "INC-1,Branch laptop," + csvQuoted(MANUAL_IP) + "\r\n"
                + "INC-2,Wrong address," + csvQuoted(WRONG_ADDRESS) + "\r\n"
                + "INC-3,Presence note,How do I change my note?\r\n");
        Path out = folder.resolve("out.jsonl");

        CliRun run = CliRun.of("classify", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEmpty();
        List<JsonNode> records = records(out);
        assertThat(field(records, "id")).containsExactly("INC-1", "INC-2", "INC-3");
        assertThat(field(records, "cause")).containsExactly("manual-server-not-fqdn", "signin-address-mismatch", null);
        assertThat(field(records, "status")).containsExactly("classified", "classified", "unclassified");
        JsonNode first = records.get(0);
        assertThat(first.get("confidence").asText()).as("a probability written with three decimals")
                .matches("0\\.9\\d\\d|1\\.0");
        assertThat(first.get("remedy").get(0).asText()).startsWith("Find the server's (or pool's) FQDN");
        assertThat(first.get("rules").toString()).contains("DER-001", "MAN-001", "MAN-003");
        assertThat(first.get("facts").toString())
                .contains("{\"fact\":\"client.internal-server = 192.168.0.2:5060\",\"field\":\"description\","
                        + "\"text\":\"internal server: 192.168.0.2:5060\",\"pattern\":\"RD-001\"}")
                .contains("\"fact\":\"client event: failed to connect to 192.168.0.2 on port 5060 due to error "
                        + "10061\"");
        assertThat(run.err()).contains("read 3 records from 1 input: 2 classified, 1 unclassified, 0 rejected")
                .containsPattern("manual-server-not-fqdn +1 +33.3%");
        assertThat(Files.readString(folder.resolve("out.jsonl.rejects.jsonl"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "jsonl", "yaml", "yaml-documents", "stdin"})
    void everyInputFormatGivesTheSameOutcomes(String format) throws IOException {
        String manual = JSON.writeValueAsString(MANUAL_IP);
        String wrong = JSON.writeValueAsString(WRONG_ADDRESS);
        Path input = switch (format) {
            case "json" -> TestFiles.write(folder, "queue.json", "[\n {\"id\": \"A\", \"title\": \"x\", \"description\": " + manual
                    + "},\n {\"id\": 2, \"description\": " + wrong + "}\n]\n");
            case "jsonl", "stdin" -> TestFiles.write(folder, "queue.jsonl", "{\"id\": \"A\", \"description\": " + manual + "}\n\n"
                    + "{\"id\": 2, \"title\": \"y\", \"description\": " + wrong + "}\n");
            case "yaml" -> TestFiles.write(folder, "queue.yaml", "- id: A\n  description: " + manual + "\n- id: 2\n  description: "
                    + wrong + "\n");
            default -> TestFiles.write(folder, "queue.yml", "id: A\ndescription: " + manual + "\n---\nid: 2\ndescription: " + wrong
                    + "\n");
        };
        Path out = folder.resolve("out.jsonl");
        List<String> args = new ArrayList<>(List.of("classify", "--out", out.toString()));
        if (format.equals("stdin")) {
            args.addAll(List.of("--input-format", "jsonl", "-"));
        } else {
            args.add(input.toString());
        }

        CliRun run = format.equals("stdin") ? CliRun.withInput(Files.readString(input), args.toArray(String[]::new))
                : CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        List<JsonNode> records = records(out);
        assertThat(field(records, "id")).containsExactly("A", "2");
        assertThat(field(records, "cause")).containsExactly("manual-server-not-fqdn", "signin-address-mismatch");
        assertThat(records.get(1).get("input").asText()).isEqualTo(format.equals("stdin") ? "<stdin>"
                : input.toString());
    }

    @Test
    void csvQuotingEdgeCasesAreReadAndBrokenRecordsCostOnlyTheirFirstLine() throws IOException {
        String csv = "\uFEFFid,title,description\n"
                + "Q1,\"commas, inside\",\"a \"\"quoted\"\" word\"\n"
                + "Q2,line breaks,\"first line\r\nsecond line, with comma\n" + MANUAL_IP.replace("\"", "\"\"")
                + "\"\r\n"
                + "\n"
                + "Q3,\"text after\" the quote,x\n"
                + "Q4,a \"bare\" quote,x\n"
                + "Q5,too,many,fields\n"
                + "Q6,\"unclosed quote,x\n"
                + "Q7,\"recovered\",fine\n"
                + "Q8,,\"\"";
        Path input = TestFiles.write(folder, "edge.csv", csv);
        Path out = folder.resolve("edge.jsonl");

        CliRun run = CliRun.of("classify", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.REJECTED);
        List<JsonNode> records = records(out);
        assertThat(field(records, "id")).containsExactly("Q1", "Q2", "Q7", "Q8");
        assertThat(field(records, "line")).containsExactly("2", "3", "11", "12");
        assertThat(records.get(1).get("cause").asText()).isEqualTo("manual-server-not-fqdn");
        List<JsonNode> rejects = records(folder.resolve("edge.jsonl.rejects.jsonl"));
        assertThat(rejects).extracting(reject -> reject.get("line").asInt()).containsExactly(7, 8, 9, 10);
        assertThat(rejects).extracting(reject -> reject.get("reason").asText()).satisfiesExactly(
                reason -> assertThat(reason).startsWith("text after the closing quote of field 2"),
                reason -> assertThat(reason).startsWith("a quote inside the unquoted field 2"),
                reason -> assertThat(reason).isEqualTo("expected 3 fields as in the header line, got 4"),
                reason -> assertThat(reason).isEqualTo("the quoted field 2 that starts on line 10 is not closed on "
                        + "that line, and the next quote (line 11) has text after it: the closing quote is probably "
                        + "missing"));
        assertThat(rejects.get(3).get("text").asText()).isEqualTo("Q6,\"unclosed quote,x");
    }

    @Test
    void aQuotedFieldOfMoreLinesThanTheLimitCostsOneRejectAndReadingGoesOnAfterItsRecord() throws IOException {
        String longTitle = String.join("\n", Collections.nCopies(10_001, "part \"\"quoted\"\", comma"));
        Path input = TestFiles.write(folder, "long.csv", "id,title,description\n"
                + "A,first," + csvQuoted(MANUAL_IP) + "\n"
                + "B,\"" + longTitle + "\",\"a later field\non two lines\"\n"
                + "C,last," + csvQuoted(WRONG_ADDRESS) + "\n");
        Path out = folder.resolve("long.jsonl");

        CliRun run = CliRun.of("classify", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.REJECTED);
        List<JsonNode> records = records(out);
        assertThat(field(records, "id")).containsExactly("A", "C");
        assertThat(field(records, "line")).containsExactly("2", "10005");
        assertThat(field(records, "cause")).containsExactly("manual-server-not-fqdn", "signin-address-mismatch");
        List<JsonNode> rejects = records(folder.resolve("long.jsonl.rejects.jsonl"));
        assertThat(rejects).hasSize(1);
        assertThat(rejects.get(0).get("line").asInt()).isEqualTo(3);
        assertThat(rejects.get(0).get("reason").asText()).isEqualTo("the quoted field 2 that starts on line 3 and "
                + "ends on line 10003 runs past the limit of 10,000 lines (--max-quoted-lines raises it); the whole "
                + "record was skipped");
        assertThat(rejects.get(0).get("text").asText()).isEqualTo("B,\"part \"\"quoted\"\", comma");
    }

    @Test
    void aQuotedFieldOfMoreCharactersThanTheLimitCostsOneReject() throws IOException {
        String longTitle = "word, \"\"quoted\"\" ".repeat(1 << 17);
        Path input = TestFiles.write(folder, "wide.csv", "id,title,description\r\n"
                + "A,first," + csvQuoted(MANUAL_IP) + "\r\n"
                + "B,\"" + longTitle + "\",tail\r\n"
                + "C,last," + csvQuoted(WRONG_ADDRESS) + "\r\n");
        Path out = folder.resolve("wide.jsonl");

        CliRun run = CliRun.of("classify", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.REJECTED);
        List<JsonNode> records = records(out);
        assertThat(field(records, "id")).containsExactly("A", "C");
        assertThat(field(records, "line")).containsExactly("2", "4");
        List<JsonNode> rejects = records(folder.resolve("wide.jsonl.rejects.jsonl"));
        assertThat(rejects).extracting(reject -> reject.get("line").asInt()).containsExactly(3);
        assertThat(rejects.get(0).get("reason").asText()).isEqualTo("the quoted field 2 that starts on line 3 and "
                + "ends on line 3 runs past the limit of 1,048,576 characters in a record (--max-cell raises it); the "
                + "whole record was skipped");
    }

    @Test
    void aQuoteTheInputEndsInsideIsOneRejectForAllThatFollowsIt() throws IOException {
        Path input = TestFiles.write(folder, "open.csv", "id,title,description\n"
                + "A,first," + csvQuoted(MANUAL_IP) + "\n"
                + "B,\"never closed,x\n"
                + "C,second,y\n"
                + "D,third,z\n");
        Path out = folder.resolve("open.jsonl");

        CliRun run = CliRun.of("classify", input.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(field(records(out), "id")).containsExactly("A");
        List<JsonNode> rejects = records(folder.resolve("open.jsonl.rejects.jsonl"));
        assertThat(rejects).extracting(reject -> reject.get("line").asInt()).containsExactly(3);
        assertThat(rejects.get(0).get("reason").asText()).isEqualTo("the quoted field 2 that starts on line 3 is "
                + "never closed: the input ends inside it, so all from that line to the end was read as that one "
                + "field");
        assertThat(rejects.get(0).get("text").asText()).isEqualTo("B,\"never closed,x");
    }

    @Test
    void rejectsGoToTheirFileAndReadIsClassifiedPlusUnclassifiedPlusRejected() throws IOException {
        Path jsonl = TestFiles.write(folder, "queue.jsonl", "{\"id\": \"A\", \"description\": \"nothing useful\"}\n"
                + "{\"id\": \"B\", \"description\": \"broken\"\n"
                + "[1, 2]\n"
                + "{\"title\": \"no id here\"}\n"
                + "{\"id\": \"C\", \"description\": " + JSON.writeValueAsString(MANUAL_IP) + "}\n");
        Path out = folder.resolve("sub/out.jsonl");
        Path rejects = folder.resolve("rejects.jsonl");

        CliRun run = CliRun.of("classify", jsonl.toString(), "--out", out.toString(), "--rejects",
                rejects.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err()).contains("read 5 records from 1 input: 1 classified, 1 unclassified, 3 rejected")
                .containsPattern("\\(rejected\\) +3 +60.0%");
        assertThat(field(records(out), "id")).containsExactly("A", "C");
        assertThat(records(rejects)).extracting(reject -> reject.get("line").asInt() + ": "
                + reject.get("reason").asText()).satisfiesExactly(
                        line -> assertThat(line).startsWith("2: invalid JSON:"),
                        line -> assertThat(line).isEqualTo("3: expected an incident (a JSON object) on the line"),
                        line -> assertThat(line).isEqualTo("4: missing id: the column 'id' is empty or absent"));
        try (Stream<Path> files = Files.list(folder.resolve("sub"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("out.jsonl");
        }
    }

    @Test
    void aRejectsExcerptCutAtACharacterBeyondTheBasicPlaneKeepsItWholeOrLeavesItOut() throws IOException {
        String text = "a".repeat(190) + "\uD83D\uDE00".repeat(20);
        Path csv = TestFiles.write(folder, "queue.csv", "id,description\n,\"" + text + "\"\n"
                + ",\"b" + text + "\"\n");
        Path out = folder.resolve("out.jsonl");
        Path rejects = folder.resolve("rejects.jsonl");

        CliRun run = CliRun.of("classify", csv.toString(), "--out", out.toString(), "--rejects", rejects.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(records(rejects)).hasSize(2).allSatisfy(reject -> assertThat(reject.get("text").asText())
                .endsWith("...").satisfies(excerpt -> assertThat(excerpt.codePoints())
                        .noneMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)));
    }

    @Test
    void inputOrderIsKeptWhenManyWorkersClassifyManyBatches() throws IOException {
        StringBuilder csv = new StringBuilder("id,description\n");
        for (int i = 0; i < 3000; i++) {
            csv.append("N").append(i).append(',').append(csvQuoted(i % 3 == 0 ? MANUAL_IP
                    : i % 3 == 1 ? WRONG_ADDRESS : "nothing to see")).append('\n');
        }
        Path input = TestFiles.write(folder, "many.csv", csv.toString());
        Path out = folder.resolve("many.jsonl");

        CliRun run = CliRun.of("classify", input.toString(), "--out", out.toString(), "--threads", "4");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        List<JsonNode> records = records(out);
        assertThat(records).hasSize(3000);
        for (int i = 0; i < 3000; i++) {
            assertThat(records.get(i).get("id").asText()).isEqualTo("N" + i);
            assertThat(records.get(i).get("line").asInt()).isEqualTo(i + 2);
            assertThat(records.get(i).get("status").asText()).isEqualTo(i % 3 == 2 ? "unclassified" : "classified");
        }
    }

    @Test
    void reusingWhatWasMadeOfARecentIncidentWithTheSameFieldsOrFactsOrOtherAddressesChangesNothingInTheOutput() throws IOException {
        List<String> sample = Files.readAllLines(Path.of("examples/export/incidents.csv"), StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(sample.get(0)).append('\n');
        for (int copy = 0; copy < 25; copy++) {
            sample.subList(1, sample.size()).forEach(line -> csv.append(line).append('\n'));
            // The same story with other values (an FQDN instead of an IP address) must not get the same verdict.
            csv.append("INC-IP-").append(copy).append(",Branch laptop,").append(csvQuoted(MANUAL_IP)).append(",,,\n");
            csv.append("INC-FQDN-").append(copy).append(",Branch laptop,")
                    .append(csvQuoted(MANUAL_IP.replace("192.168.0.2", "ocs.contoso.com"))).append(",,,\n");
            // Each with its own address: the same verdict, with each incident's own address in its facts.
            csv.append("INC-OTHER-IP-").append(copy).append(",Branch laptop,")
                    .append(csvQuoted(MANUAL_IP.replace("192.168.0.2", "10.20." + copy + ".9"))).append(",,,\n");
        }
        Path input = TestFiles.write(folder, "repeated.csv", csv.toString());
        Path reused = folder.resolve("reused.jsonl");
        Path everyTime = folder.resolve("every-time.jsonl");

        CliRun first = CliRun.of("classify", input.toString(), "--mapping", "examples/export/mapping.yaml",
                "--out", reused.toString(), "--threads", "2");
        CliRun second = CliRun.of("classify", input.toString(), "--mapping", "examples/export/mapping.yaml",
                "--out", everyTime.toString(), "--threads", "2", "--no-reuse");

        assertThat(first.exitCode()).as(first.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(first.err()).contains("read 575 records from 1 input: 400 classified, 75 unclassified, "
                + "100 rejected");
        assertThat(Files.readString(reused)).contains("10.20.24.9").contains("10.20.3.9");
        assertThat(Files.readString(reused)).isEqualTo(Files.readString(everyTime));
        assertThat(first.err().replace("reused", "every-time")).isEqualTo(second.err());
    }

    @Test
    void theSampleExportIsClassifiedAsItsKnownCausesSayWithItsBrokenRowsRejected() throws IOException {
        Path out = folder.resolve("incidents.jsonl");

        CliRun run = CliRun.of("classify", "examples/export/incidents.csv", "--mapping", "examples/export/mapping.yaml",
                "--out", out.toString(), "--labels", "known_cause");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(run.err()).contains("read 20 records from 1 input: 14 classified, 2 unclassified, 4 rejected")
                .contains("16 labelled incidents, 0 without a label (rejected rows have none)")
                .contains("labelled with a cause: 14, right top cause 14 (100.0%), another cause 0, unclassified 0")
                .contains("labelled none: 2, no cause shown 2 (100.0%), false alarms 0 (0.0%)")
                .containsPattern("manual-server-not-fqdn +3 +3 +3 +1.000 +1.000")
                .contains("Confusion matrix (rows: label, columns: predicted, numbered as the rows):");
        for (JsonNode record : records(out)) {
            String expected = record.get("label").asText();
            assertThat(record.get("cause").isNull() ? "none" : record.get("cause").asText())
                    .as(record.get("id").asText()).isEqualTo(expected);
        }
        assertThat(records(folder.resolve("incidents.jsonl.rejects.jsonl")))
                .extracting(reject -> reject.get("line").asInt()).containsExactly(10, 11, 12, 17);
    }

    @Test
    void halfACharacterEscapedInAJsonInputIsShownInTheCsvOutputAsAReplacementCharacterNotAQuestionMark()
            throws IOException {
        Path input = TestFiles.write(folder, "queue.jsonl", "{\"id\": \"A\\ud800\", \"description\": "
                + "\"No DNS\\u0000 SRV records exist for domain contoso.com, so it cannot sign in \\udc00 "
                + "\\ud83d\\ude00 x\"}\n");
        Path csv = folder.resolve("out.csv");

        CliRun run = CliRun.of("classify", input.toString(), "--format", "csv", "--out", csv.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(csv)).contains("\nA\uFFFD," + input + ",1,")
                .contains("No DNS\u0000 SRV records exist for domain contoso.com, so it cannot sign in "
                        + "\uFFFD \uD83D\uDE00 x")
                .doesNotContain("?");
    }

    @Test
    void csvAndJsonArrayOutputsHoldTheSameRecords() throws IOException {
        Path input = TestFiles.write(folder, "queue.csv", "id,description\nA," + csvQuoted(MANUAL_IP) + "\nB,nothing\n");
        Path csv = folder.resolve("out.csv");
        Path json = folder.resolve("out.json");

        assertThat(CliRun.of("classify", input.toString(), "--format", "csv", "--out", csv.toString()).exitCode())
                .isZero();
        assertThat(CliRun.of("classify", input.toString(), "--format", "json", "--out", json.toString())
                .exitCode()).isZero();

        JsonNode array = JSON.readTree(json.toFile());
        assertThat(Files.readString(csv)).startsWith("id,input,line,status,cause,confidence,others,remedy,rules,facts,advisories"
                + "\r\nA," + input + ",2,classified,manual-server-not-fqdn," + array.get(0).get("confidence").asText() + ",");
        assertThat(array).hasSize(2);
        assertThat(array.get(1).get("status").asText()).isEqualTo("unclassified");
    }

    @Test
    void aMappingFileMapsColumnsToFactsAndTranslatesTheExportsValues() throws IOException {
        Path mapping = TestFiles.write(folder, "map.yaml", "id: Number\ntext: [Notes]\nfacts:\n  Mode: client.configuration\n"
                + "  Server: client.internal-server\n  Where:\n    fact: symptom.user-location\n"
                + "    values: {Branch: internal}\n");
        Path input = TestFiles.write(folder, "queue.csv", "number,notes,mode,server,where\nX1,sign-in fails,Manual,ocspool01,branch\n");
        Path out = folder.resolve("out.jsonl");

        CliRun run = CliRun.of("classify", input.toString(), "--mapping", mapping.toString(), "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode record = records(out).get(0);
        assertThat(record.get("cause").asText()).isEqualTo("manual-server-not-fqdn");
        assertThat(record.get("facts").toString()).contains("\"fact\":\"client.configuration = manual\","
                + "\"field\":\"mode\",\"text\":\"Manual\"").contains("symptom.user-location = internal");
    }

    @Test
    void aBadMappingFileIsRefusedWithFileLineAndFieldAndNothingIsWritten() throws IOException {
        Path mapping = TestFiles.write(folder, "map.yaml", "id: number\nfacts:\n  mode: client.configuraton\n  where:\n"
                + "    fact: client.transport\n    values: {secure: TLSv2}\n");
        Path out = folder.resolve("out.jsonl");

        CliRun run = CliRun.of("classify", "examples/export/incidents.csv", "--mapping", mapping.toString(), "--out",
                out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(run.err()).contains(mapping + ":3:3: error: facts.mode: no such fact in the vocabulary: "
                + "client.configuraton; did you mean `client.configuration`?")
                .contains(mapping + ":6:14: error: facts.where.values.secure: client.transport: expected TLS or TCP, "
                        + "got \"TLSv2\"")
                .contains("nothing was classified; no output file was written");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("map.yaml");
        }
    }

    @Test
    void inputsThatCannotBeUsedStopTheRunBeforeAnythingIsWritten() throws IOException {
        Path noId = TestFiles.write(folder, "noid.csv", "number,description\n1,x\n");
        Path out = folder.resolve("out.jsonl");

        CliRun missing = CliRun.of("classify", "no-such.csv", "queue.txt", "--out", out.toString());
        CliRun header = CliRun.of("classify", noId.toString(), "--out", out.toString());

        assertThat(missing.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(missing.err()).contains("no-such.csv: error: no such file")
                .contains("queue.txt: error: cannot tell the format from the extension");
        assertThat(header.exitCode()).isEqualTo(ExitCode.INPUT);
        assertThat(header.err()).contains(noId + ":1: error: the header line has no column id; it has: number, "
                + "description");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactly("noid.csv");
        }
    }

    @Test
    void helpListsTheExitCodeForRejectedRecords() {
        CliRun run = CliRun.of("classify", "--help");

        assertThat(run.out()).contains("4   Done, but some records could not be read; see the rejects file.")
                .contains("--labels[=COLUMN]");
    }

    @Test
    void precisionAndRecallArePrintedOnlyWhenLabelsAreAskedFor() {
        List<String> common = List.of("classify", "examples/export/incidents.csv", "--mapping",
                "examples/export/mapping.yaml", "--out", folder.resolve("out.jsonl").toString());
        List<String> withLabels = new ArrayList<>(common);
        withLabels.add("--labels");

        CliRun plain = CliRun.of(common.toArray(String[]::new));
        CliRun scored = CliRun.of(withLabels.toArray(String[]::new));

        assertThat(plain.err()).doesNotContain("precision");
        assertThat(scored.exitCode()).as(scored.err()).isEqualTo(ExitCode.REJECTED);
        assertThat(scored.err()).contains("Labels (column known_cause)").contains("precision");
    }

    @Test
    void anAdvisoryIsWrittenWithTheIncidentAndScoredAgainstALabelThatNamesIt() throws IOException {
        Path mapping = TestFiles.write(folder, "map.yaml", "id: number\nfacts:\n  mode: client.configuration\n"
                + "  server: client.internal-server\n  signin: symptom.sign-in\nlabels: known\n");
        Path input = TestFiles.write(folder, "queue.csv", "number,mode,server,signin,known\n"
                + "W1,manual,192.168.0.2,works,ip-address-in-manual-settings\n"
                + "W2,manual,ocs01.contoso.com,works,none\n");
        Path out = folder.resolve("out.jsonl");

        CliRun run = CliRun.of("classify", input.toString(), "--mapping", mapping.toString(), "--labels", "--out",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<JsonNode> records = records(out);
        assertThat(records.get(0).get("status").asText()).isEqualTo("unclassified");
        assertThat(records.get(0).get("advisories").toString()).isEqualTo("[\"ip-address-in-manual-settings\"]");
        assertThat(records.get(1).get("advisories").toString()).isEqualTo("[]");
        assertThat(run.err())
                .contains("labelled with a cause: 1, right top cause 1 (100.0%)")
                .contains("labelled none: 1, no cause shown 1 (100.0%), false alarms 0 (0.0%)")
                .containsPattern("advisories \\(findings beside the cause.*\\n +ip-address-in-manual-settings +1 ");
    }
}
