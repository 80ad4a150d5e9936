package io.signindoctor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.facts.FactsFileLoader;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Logs and tickets carry NUL bytes, escape sequences, DEL, C1 controls and Unicode line separators inside the words
 * a fact cites. Whatever of them gather and interview --save write into a facts file must read back: the file holds
 * no raw control character or stray line break, and diagnose of it gives the diagnosis the inputs give.
 */
class ControlCharacterRoundTripTest {

    private static final String EVENT = "Communicator was unable to locate the login server. No DNS%s SRV records "
            + "exist for domain contoso.com, so Communicator was unable to login.";
    private static final String TICKET = "Ticket 42\nThe user cannot sign in. Communicator says: There was a problem "
            + "verifying the certificate from the server.%s It started on Monday.\n"
            + "Manual configuration, internal server sip.contoso.com over TLS.\n";

    @TempDir
    Path folder;

    /** One event as Event Viewer's "Copy details as text" writes it. */
    private static String copiedEvent(String description) {
        return "Log Name:      Application\nSource:        Communicator\nDate:          3/9/2010 8:41:17 AM\n"
                + "Event ID:      1\nTask Category: None\nLevel:         Error\nKeywords:      Classic\n"
                + "User:          N/A\nComputer:      PC0412.contoso.com\nDescription:\n" + description + "\n";
    }

    private static void assertEveryCharacterStandsForItself(Path file) throws IOException {
        assertThat(Files.readString(file).codePoints())
                .allMatch(c -> c == '\n' || c == '\t' || c >= 0x20 && c < 0x7F
                        || c >= 0xA0 && c != 0x2028 && c != 0x2029);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001b[31m", "\u0007", "\u007f", "\u0085", "\u2028", "\u0001\u0002\u0003"})
    void aLogLineWithControlCharactersInAFactsWordsIsWrittenSoThatItReadsBackAsTheSameEventAndDiagnosis(
            String controls) throws Exception {
        String description = EVENT.formatted(controls);
        Path log = TestFiles.write(folder, "events.txt", copiedEvent(description));
        Path out = folder.resolve("case.yaml");

        CliRun gather = CliRun.of("gather", "--log", log.toString(), "--out", out.toString());

        assertThat(gather.exitCode()).as(gather.err()).isEqualTo(ExitCode.OK);
        assertEveryCharacterStandsForItself(out);
        assertThat(Files.readString(out)).containsPattern("# text at .*events.txt:11 \"No DNS");
        assertThat(new FactsFileLoader(FactsSchema.builtIn()).load(out).facts())
                .filteredOn(ClientEvent.class::isInstance).map(event -> ((ClientEvent) event).getText())
                .contains(description);
        assertThat(DiagnosisShape.of(CliRun.of("diagnose", out.toString(), "--format", "json")))
                .isEqualTo(DiagnosisShape.of(CliRun.of("diagnose", "--log", log.toString(), "--format", "json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u001b]0;title\u0007", "\u007f", "\u0085", "\u2029", "\ufeff"})
    void aTicketWithControlCharactersIsWrittenAsItWasAndGivesTheSameDiagnosis(String controls) throws Exception {
        Path ticket = TestFiles.write(folder, "ticket.txt", TICKET.formatted(controls));
        Path out = folder.resolve("case.yaml");

        CliRun gather = CliRun.of("gather", "--text", ticket.toString(), "--out", out.toString());

        assertThat(gather.exitCode()).as(gather.err()).isEqualTo(ExitCode.OK);
        assertEveryCharacterStandsForItself(out);
        assertThat(new FactsFileLoader(FactsSchema.builtIn()).load(out).texts().get(0).content().strip())
                .isEqualTo(TICKET.formatted(controls).strip());
        assertThat(DiagnosisShape.of(CliRun.of("diagnose", out.toString(), "--format", "json")))
                .isEqualTo(DiagnosisShape.of(CliRun.of("diagnose", "--text", ticket.toString(), "--format", "json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u007f", "\u0085", "\u009b31m"})
    void anInterviewStartedFromSuchATicketSavesAFileThatGivesTheSameDiagnosis(String controls) throws Exception {
        Path ticket = TestFiles.write(folder, "ticket.txt", TICKET.formatted(controls));
        Path saved = folder.resolve("saved.yaml");

        CliRun interview = CliRun.withInput("quit\n", "interview", "--text", ticket.toString(), "--save",
                saved.toString());

        assertThat(interview.exitCode()).as(interview.err()).isEqualTo(ExitCode.OK);
        assertEveryCharacterStandsForItself(saved);
        assertThat(DiagnosisShape.of(CliRun.of("diagnose", saved.toString(), "--format", "json")))
                .isEqualTo(DiagnosisShape.of(CliRun.of("diagnose", "--text", ticket.toString(), "--format", "json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"events\u001b[2J.txt", "events\nline.txt", "events\u0085.txt", "events\u007f.txt"})
    void aLogWhoseFileNameHoldsControlCharactersIsNamedInCommentsThatStayOnOneLine(String name) throws IOException {
        Path log = TestFiles.write(folder, name, copiedEvent(EVENT.formatted("")));
        Path out = folder.resolve("case.yaml");

        CliRun gather = CliRun.of("gather", "--log", log.toString(), "--out", out.toString());

        assertThat(gather.exitCode()).as(gather.err()).isEqualTo(ExitCode.OK);
        assertEveryCharacterStandsForItself(out);
        assertThat(Files.readAllLines(out)).allMatch(line -> line.startsWith("#") || line.startsWith(" ")
                || line.matches("[a-z-]+:.*"));
        assertThat(DiagnosisShape.of(CliRun.of("diagnose", out.toString(), "--format", "json")))
                .isEqualTo(DiagnosisShape.of(CliRun.of("diagnose", "--log", log.toString(), "--format", "json")));
    }
}
