package io.signindoctor.artifacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.signindoctor.extract.PatternCatalog;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.Account;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.Fact;
import io.signindoctor.model.ServerSetting;
import io.signindoctor.model.Source;
import io.signindoctor.model.Symptom;
import io.signindoctor.vocabulary.Schema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts a client log states in its own fields (event IDs, SIP headers), each citing its line, and how bad input
 * is met: a note when nothing is recognised, a file:line error when the file cannot be a log at all.
 */
class ClientLogReaderTest {

    private static final TextExtractor EXTRACTOR = extractor();

    @TempDir
    Path folder;

    private final List<String> notes = new ArrayList<>();

    private static TextExtractor extractor() {
        try {
            return new TextExtractor(PatternCatalog.builtIn(FactsSchema.builtIn().vocabulary()));
        } catch (InvalidInputException broken) {
            throw new IllegalStateException(broken);
        }
    }

    private List<Fact> sample(String name) throws InvalidInputException {
        return new ClientLogReader(notes::add, EXTRACTOR).read(ArtifactInput.read(Path.of("examples/artifacts", name)));
    }

    private List<Fact> read(String name, byte[] content) throws IOException, InvalidInputException {
        Path file = folder.resolve(name);
        Files.write(file, content);
        return new ClientLogReader(notes::add, EXTRACTOR).read(ArtifactInput.read(file));
    }

    private static List<ClientEvent> errors(List<Fact> facts, String codeType) {
        return facts.stream().filter(ClientEvent.class::isInstance).map(ClientEvent.class::cast)
                .filter(event -> codeType.equals(event.getCodeType())).toList();
    }

    @Test
    void theClientsEventIdsBecomeFactsOncePerIdAtTheirFirstEvent() throws Exception {
        List<Fact> facts = sample("communicator-events-no-srv.txt");

        assertThat(errors(facts, Schema.Events.CodeType.EVENT_ID))
                .extracting(ClientEvent::getCode, event -> event.getSource())
                .containsExactly(tuple(1,
                        Source.file("examples/artifacts/communicator-events-no-srv.txt", 1)),
                        tuple(3,
                                Source.file("examples/artifacts/communicator-events-no-srv.txt", 16)));
        assertThat(errors(facts, Schema.Events.CodeType.EVENT_ID).get(0).getText())
                .isEqualTo("Communicator was unable to locate "
                + "the login server. No DNS SRV records exist for domain contoso.com, so Communicator was unable to "
                + "login.");
    }

    @Test
    void otherSourcesEventIdsAreNotFacts() throws Exception {
        List<Fact> facts = sample("communicator-events-cert-mismatch.csv");

        assertThat(errors(facts, Schema.Events.CodeType.EVENT_ID)).extracting(ClientEvent::getCode).containsExactly(7);
    }

    @Test
    void anEventsDescriptionGoesToTheExtractionEngineAndCitesItsLine() throws Exception {
        List<Fact> facts = sample("communicator-events-manual-ip.xml");

        assertThat(facts).filteredOn(fact -> fact instanceof ClientEvent event
                && Schema.Events.Kind.CONNECT_FAILURE.equals(event.getKind())).singleElement().satisfies(fact -> {
                    ClientEvent failure = (ClientEvent) fact;
                    assertThat(failure.getServer()).isEqualTo("192.168.0.2");
                    assertThat(failure.getPort()).isEqualTo(5060);
                    assertThat(failure.getCode()).isEqualTo(10061);
                    assertThat(failure.getSource()).isEqualTo(
                            Source.text("examples/artifacts/communicator-events-manual-ip.xml", 3).citing("Communicator "
                                    + "failed to connect to server 192.168.0.2 (192.168.0.2) on port 5060 due to error 10061"));
                });
    }

    @Test
    void msDiagnosticsGivesItsCodeAndItsHresultFromTheHeader() throws Exception {
        List<Fact> facts = sample("lync-uccapi-ntlm-mismatch.uccapilog");

        assertThat(errors(facts, Schema.Events.CodeType.MS_DIAGNOSTICS)).singleElement().satisfies(event -> {
            assertThat(event.getCode()).isEqualTo(1000);
            assertThat(event.getSource().line()).isEqualTo(76);
        });
        assertThat(errors(facts, Schema.Events.CodeType.HRESULT)).singleElement().satisfies(event -> {
            assertThat(event.getCode()).isEqualTo(0xC3E93EE4);
            assertThat(event.describe()).isEqualTo("client event: hresult error 0xc3e93ee4");
        });
        assertThat(facts).filteredOn(Account.class::isInstance).singleElement()
                .satisfies(fact -> assertThat(fact.describe()).isEqualTo("account.sign-in-address = kim.akers@contoso.com"));
    }

    @Test
    void anOfferOfNtlmAloneSaysNothingAboutTheFrontEnd() throws Exception {
        assertThat(sample("lync-uccapi-ntlm-mismatch.uccapilog")).noneMatch(ServerSetting.class::isInstance);
    }

    @Test
    void aChallengeWithoutNtlmThroughTheEdgeShowsKerberosOnlyAndAnExternalUser() throws Exception {
        List<Fact> facts = sample("ocslogger-external-kerberos-only.txt");

        assertThat(facts).filteredOn(ServerSetting.class::isInstance).singleElement().satisfies(fact -> {
            assertThat(fact.describe()).isEqualTo("server.authentication = kerberos");
            assertThat(fact.getSource().line()).isEqualTo(34);
        });
        assertThat(facts).filteredOn(Symptom.class::isInstance).extracting(Fact::describe)
                .contains("symptom.user-location = external");
    }

    @Test
    void howEachRegistrationEndedShowsWhoSignsInFromWhere() throws Exception {
        List<Fact> facts = sample("ocslogger-external-kerberos-only.txt");

        assertThat(facts).filteredOn(Symptom.class::isInstance)
                .extracting(Fact::describe, fact -> fact.getSource().line())
                .contains(tuple("symptom.sign-in = fails", 47), tuple("symptom.external-users-sign-in = false", 47),
                        tuple("symptom.internal-users-sign-in = true", 84));
    }

    @Test
    void aFirstChallengeIsNoFailure() throws Exception {
        List<Fact> facts = read("ok.txt", String.join("\n", "REGISTER sip:contoso.com SIP/2.0",
                "From: <sip:jdoe@contoso.com>;tag=1", "CSeq: 1 REGISTER", "", "SIP/2.0 401 Unauthorized",
                "From: <sip:jdoe@contoso.com>;tag=1", "CSeq: 1 REGISTER", "", "REGISTER sip:contoso.com SIP/2.0",
                "From: <sip:jdoe@contoso.com>;tag=1", "CSeq: 2 REGISTER", "", "SIP/2.0 200 OK",
                "From: <sip:jdoe@contoso.com>;tag=1", "CSeq: 2 REGISTER", "").getBytes(StandardCharsets.UTF_8));

        assertThat(facts).noneMatch(fact -> fact.describe().startsWith("symptom.sign-in"));
    }

    @Test
    void anOfferOfBothProtocolsShowsNtlmAndKerberos() throws Exception {
        List<Fact> facts = read("both.txt", String.join("\n", "SIP/2.0 401 Unauthorized",
                "WWW-Authenticate: NTLM realm=\"SIP Communications Service\", targetname=\"fe.contoso.com\", version=4",
                "WWW-Authenticate: Kerberos realm=\"SIP Communications Service\", targetname=\"sip/fe.contoso.com\", "
                        + "version=4",
                "CSeq: 1 REGISTER", "").getBytes(StandardCharsets.UTF_8));

        assertThat(facts).filteredOn(ServerSetting.class::isInstance).singleElement()
                .satisfies(fact -> assertThat(fact.describe()).isEqualTo("server.authentication = ntlm-and-kerberos"));
    }

    @Test
    void aCsvExportSavedInWindows1252IsReadAsWell() throws Exception {
        String csv = "Level,Date and Time,Source,Event ID,Task Category\r\n"
                + "Error,20.07.2009 09:02:11,Communicator,7,Keine,\"Communicator failed to connect to server "
                + "ocs01 (192.168.0.2) on port 5061 due to error 10060 – Zeitüberschreitung.\"\r\n";

        List<Fact> facts = read("app.csv", csv.getBytes("windows-1252"));

        assertThat(errors(facts, Schema.Events.CodeType.EVENT_ID)).singleElement()
                .satisfies(event -> assertThat(event.getSource().line()).isEqualTo(2));
        assertThat(facts).anyMatch(fact -> fact.describe().equals("client event: failed to connect to ocs01 on port "
                + "5061 due to error 10060"));
    }

    @Test
    void textWithNothingRecognisedGivesANoteAndNoFact() throws Exception {
        List<Fact> facts = read("short.txt", "Lunch order: two pizzas, one salad.\n".getBytes(StandardCharsets.UTF_8));

        assertThat(facts).isEmpty();
        assertThat(notes).singleElement().asString().startsWith("nothing recognised in").contains("short.txt");
    }

    @Test
    void anEmptyFileGivesANoteAndNoFact() throws Exception {
        assertThat(read("empty.log", new byte[0])).isEmpty();
        assertThat(notes).singleElement().asString().startsWith("nothing recognised in");
    }

    @Test
    void aBinaryEventLogIsAnErrorThatSaysHowToExportIt() {
        byte[] evtx = {'E', 'l', 'f', 'F', 'i', 'l', 'e', 0, 0, 0, 0, 0, 1, 2, 3};

        assertThatThrownBy(() -> read("Application.evtx", evtx)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Application.evtx").hasMessageContaining("a binary .evtx event log")
                .hasMessageContaining("Save All Events As");
    }

    @Test
    void binaryDataIsAnErrorNotAGuess() {
        byte[] garbage = new byte[512];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) (i * 37 % 32);
        }

        assertThatThrownBy(() -> read("capture.bin", garbage)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("capture.bin").hasMessageContaining("binary data, not a text log");
    }

    @Test
    void truncatedXmlKeepsTheEventsBeforeTheBreakAndSaysWhere() throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Events>\n"
                + "<Event><System><Provider Name=\"Communicator\"/><EventID>1</EventID></System><EventData><Data>"
                + "No DNS SRV records exist for domain contoso.com</Data></EventData></Event>\n"
                + "<Event><System><Provider Name=\"Communicator\"/><EventID>3</Event";

        List<Fact> facts = read("cut.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(errors(facts, Schema.Events.CodeType.EVENT_ID)).extracting(ClientEvent::getCode).containsExactly(1);
        assertThat(notes).anySatisfy(note -> assertThat(note).startsWith(folder.resolve("cut.xml") + ":4: not "
                + "well-formed XML").contains("the 1 events before it were read")
                .contains("the event starting at line 4 was not"));
    }

    @Test
    void xmlBrokenBeforeAnyEventIsAFileLineError() {
        String xml = "<?xml version=\"1.0\"?>\n<Events>\n<Event><System></Sys>";

        assertThatThrownBy(() -> read("bad.xml", xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(thrown -> assertThat(((InvalidInputException) thrown).getProblems()).singleElement()
                        .satisfies(problem -> {
                            assertThat(problem.line()).isEqualTo(3);
                            assertThat(problem.message()).startsWith("not well-formed XML");
                        }));
    }

    @Test
    void xmlWithAnExternalEntityIsNotFollowed() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "Communicator failed to connect to server 10.9.9.9 (10.9.9.9) on port 5061 due to "
                + "error 10061");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE Events [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<Events><Event><System><Provider Name=\"Communicator\"/><EventID>7</EventID></System>"
                + "<EventData><Data>&x;</Data></EventData></Event></Events>";

        List<Fact> facts = new ArrayList<>();
        try {
            facts.addAll(read("xxe.xml", xml.getBytes(StandardCharsets.UTF_8)));
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).contains("xxe.xml");
        }

        assertThat(facts).noneMatch(fact -> fact.describe().contains("10.9.9.9"));
    }
}
