import io.signindoctor.extract.Extracted;
import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.model.Source;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text reading alone, without the rules, the CSV reader or the writer: reads the text columns of the first ROWS
 * incidents of an export written by GenerateIncidents, PASSES times on one thread, and prints the CPU time of each
 * pass and the median of the passes after the first two (JIT warm-up). Every text is read (no reuse of recent texts),
 * so this measures what an incident with new text costs. Started by bench/read.sh.
 *   java -cp target/signin-doctor.jar:target/lib/* bench/ReadTexts.java EXPORT ROWS PASSES
 */
public class ReadTexts {

    /** The text columns of the export, as examples/export/mapping.yaml names them (the 2nd to 4th). */
    private static final int FIRST_TEXT = 1;
    private static final int TEXTS = 3;

    public static void main(String[] args) throws Exception {
        List<String[]> rows = rows(Files.readString(Path.of(args[0])), Integer.parseInt(args[1]));
        int passes = Integer.parseInt(args[2]);
        TextExtractor extractor = new TextExtractor(PatternCatalog.builtIn(FactsSchema.builtIn().vocabulary()));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] millis = new long[passes];
        long facts = 0;
        for (int pass = 0; pass < passes; pass++) {
            long start = threads.getCurrentThreadCpuTime();
            int line = 2;
            for (String[] row : rows) {
                List<Extracted> found = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                Source source = Source.text("export.csv", line++);
                for (int column = 0; column < TEXTS; column++) {
                    extractor.extract("column" + column, row[column], source, found, seen);
                }
                facts += found.size();
            }
            millis[pass] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
            System.out.printf("pass %d: %d ms of CPU%n", pass + 1, millis[pass]);
        }
        long[] warm = Arrays.copyOfRange(millis, Math.min(2, passes - 1), passes);
        Arrays.sort(warm);
        System.out.printf("%d incidents, %d facts per pass; median after warm-up: %d ms of CPU%n", rows.size(),
                facts / passes, warm[(warm.length - 1) / 2]);
    }

    /** The text columns of the first rows of the export (quoted fields with "" inside, line breaks in quotes). */
    private static List<String[]> rows(String csv, int wanted) {
        List<String[]> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean header = true;
        for (int i = 0; i < csv.length() && rows.size() < wanted; i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c != '"') {
                    field.append(c);
                } else if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',' || c == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                if (c == '\n') {
                    if (!header && fields.size() >= FIRST_TEXT + TEXTS) {
                        rows.add(fields.subList(FIRST_TEXT, FIRST_TEXT + TEXTS).toArray(String[]::new));
                    }
                    header = false;
                    fields = new ArrayList<>();
                }
            } else {
                field.append(c);
            }
        }
        return rows;
    }
}
