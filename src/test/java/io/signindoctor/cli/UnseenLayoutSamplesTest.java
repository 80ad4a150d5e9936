package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The artifacts of src/test/resources/artifacts/unseen-layouts, written before their readers were read, that the
 * readers now read right: each row of its expected.tsv marked as tested runs through the real command line, and
 * diagnose must read the file in its own format, rank the expected cause first and cite the file's lines. A reading
 * that regresses fails here; the rows still wrong are listed in the folder's README with why.
 */
class UnseenLayoutSamplesTest {

    private static final Path FOLDER = Path.of("src/test/resources/artifacts/unseen-layouts");

    /** A row of expected.tsv: the file, the gather option that reads it, the --domain (or "-") and the cause. */
    record Row(String file, String option, String domain, String cause) {

        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Row> rows() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(FOLDER.resolve("expected.tsv"))) {
            String[] cells = line.split("\t");
            if (line.startsWith("#") || cells.length < 5 || !cells[4].equals("tested")) {
                continue;
            }
            rows.add(new Row(cells[0], cells[1], cells[2], cells[3]));
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(25);
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void diagnoseReadsTheLayoutAndRanksTheExpectedCauseFirst(Row row) throws Exception {
        String file = FOLDER.resolve(row.file()).toString();
        List<String> args = new ArrayList<>(List.of("diagnose", "--format", "json", row.option(), file));
        if (!row.domain().equals("-")) {
            args.addAll(List.of("--domain", row.domain()));
        }

        RealLayoutSamplesTest.assertDiagnosedFromTheFile(file, CliRun.of(args.toArray(String[]::new)), row.cause());
    }
}
