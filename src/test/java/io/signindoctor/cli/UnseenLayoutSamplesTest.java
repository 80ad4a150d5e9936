package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The artifacts of src/test/resources/artifacts/unseen-layouts and unseen-layouts-2, each set written before its
 * readers were read, that the readers now read right: each row of a set's expected.tsv marked as tested runs
 * through the real command line, and diagnose must read the file in its own format, rank the expected cause first
 * ("(none shown)" for an artifact that shows no documented cause) and cite the file's lines. A reading that regresses
 * fails here; the rows still wrong are listed in each folder's README with why.
 */
class UnseenLayoutSamplesTest {

    /** Each set, with how many of its rows were right when it was last measured: none may be lost. */
    private static final Map<Path, Integer> SETS = Map.of(
            Path.of("src/test/resources/artifacts/unseen-layouts"), 25,
            Path.of("src/test/resources/artifacts/unseen-layouts-2"), 27);
    private static final String NO_CAUSE = "(none shown)";

    /** A row of expected.tsv: its set, the file, the gather option that reads it, the --domain (or "-"), the cause. */
    record Row(Path folder, String file, String option, String domain, String cause) {

        @Override
        public String toString() {
            return folder.getFileName() + "/" + file;
        }
    }

    static Stream<Row> rows() throws Exception {
        List<Row> all = new ArrayList<>();
        for (Map.Entry<Path, Integer> set : SETS.entrySet()) {
            List<Row> rows = new ArrayList<>();
            for (String line : Files.readAllLines(set.getKey().resolve("expected.tsv"))) {
                String[] cells = line.split("\t");
                if (line.startsWith("#") || cells.length < 5 || !cells[4].equals("tested")) {
                    continue;
                }
                rows.add(new Row(set.getKey(), cells[0], cells[1], cells[2], cells[3]));
            }
            assertThat(rows).as(set.getKey().toString()).hasSizeGreaterThanOrEqualTo(set.getValue());
            all.addAll(rows);
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void diagnoseReadsTheLayoutAndRanksTheExpectedCauseFirst(Row row) throws Exception {
        String file = row.folder().resolve(row.file()).toString();
        List<String> args = new ArrayList<>(List.of("diagnose", "--format", "json", row.option(), file));
        if (!row.domain().equals("-")) {
            args.addAll(List.of("--domain", row.domain()));
        }

        RealLayoutSamplesTest.assertDiagnosedFromTheFile(file, CliRun.of(args.toArray(String[]::new)),
                row.cause().equals(NO_CAUSE) ? "none" : row.cause());
    }
}
