package io.signindoctor.artifacts;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.ClientEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client logs read by the text engine: Event Viewer CSV exports and Communicator traces. */
class ClientLogReaderTest {

    @TempDir
    Path folder;

    private final List<String> notes = new ArrayList<>();

    private List<ClientEvent> read(String name, byte[] content) throws IOException, InvalidInputException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return new ClientLogReader(notes::add, EXTRACTOR).read(file).stream()
                .filter(fact -> fact instanceof ClientEvent event && !event.getKind().equals(ClientEvent.ERROR))
                .map(ClientEvent.class::cast).toList();
    }

    private static final TextExtractor EXTRACTOR = extractor();

    private static TextExtractor extractor() {
        try {
            return new TextExtractor(PatternCatalog.builtIn(FactsSchema.builtIn().vocabulary()));
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCsvExportGivesACertificateNameMismatchWithBothNames() throws Exception {
        String csv = "\uFEFFLevel,Date and Time,Source,Event ID,Task Category\r\n"
                + "Error,7/20/2009 9:02:11 AM,Communicator,7,None,\"Communicator could not connect securely to server "
                + "sip.contoso.com because the certificate presented by the server (ocs-pool01.corp.contoso.com) did "
                + "not match the expected host name (sip.contoso.com).\"\r\n";

        List<ClientEvent> events = read("app.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(ClientEvent.CERTIFICATE_NAME_MISMATCH);
            assertThat(event.getExpectedHost()).isEqualTo("sip.contoso.com");
            assertThat(event.getPresentedHost()).isEqualTo("ocs-pool01.corp.contoso.com");
            assertThat(event.getSource().line()).isEqualTo(2);
        });
    }

    @Test
    void aTraceLineGivesAccessDeniedOnTheCommunicatorFolder() throws Exception {
        String trace = "07/20/2009|10:15:32.120 1A2C:0F10 INFO  :: Initializing\n"
                + "07/20/2009|10:15:32.125 1A2C:0F10 ERROR :: CreateDirectory failed for C:\\Documents and Settings"
                + "\\jdoe\\Local Settings\\Application Data\\Microsoft\\Communicator, hr=0x80070005 (Access is denied)\n";

        List<ClientEvent> events = read("Communicator-uccapi-0.uccapilog", trace.getBytes(StandardCharsets.ISO_8859_1));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(event.getKind()).isEqualTo(ClientEvent.ACCESS_DENIED);
            assertThat(event.getPath()).isEqualTo(
                    "C:\\Documents and Settings\\jdoe\\Local Settings\\Application Data\\Microsoft\\Communicator");
            assertThat(event.isCommunicatorProfileFolder()).isTrue();
            assertThat(event.getSource().line()).isEqualTo(2);
        });
    }

    @Test
    void aLogInWhichNothingIsRecognisedIsNotedNotAnError() throws Exception {
        List<ClientEvent> events = read("short.txt", "Communicator started.\nUser opened the options dialog.\n"
                .getBytes(StandardCharsets.UTF_8));

        assertThat(events).isEmpty();
        assertThat(notes).singleElement().asString().contains("nothing recognised in").contains("short.txt");
    }
}
