package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ArtifactInput;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.facts.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each format of examples/artifacts is recognised from its content and split into the records it holds. */
class LogLayoutsTest {

    @TempDir
    Path folder;

    private final List<String> notes = new ArrayList<>();

    private ExportedText written(String... lines) throws Exception {
        Path file = folder.resolve("export.txt");
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return ExportedText.of(ArtifactInput.read(file));
    }

    private static ExportedText sample(String name) throws InvalidInputException {
        return ExportedText.of(ArtifactInput.read(Path.of("examples/artifacts", name)));
    }

    private List<LogUnit> units(String name, LogFormat expected) throws InvalidInputException {
        ExportedText text = sample(name);
        assertThat(LogFormat.detect(text)).isEqualTo(expected);
        return expected.read(text, notes::add);
    }

    private static <T extends LogUnit> List<T> only(List<LogUnit> units, Class<T> kind) {
        return units.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Test
    void eventsCopiedAsTextAreOneRecordPerBlockWithTheirDescriptionLine() throws Exception {
        List<EventRecord> events = only(units("communicator-events-no-srv.txt", LogFormat.EVENT_TEXT),
                EventRecord.class);

        assertThat(events).extracting(EventRecord::line).containsExactly(1, 16, 31, 46);
        assertThat(events).extracting(EventRecord::eventId).containsExactly(1, 3, 3, 3);
        assertThat(events).extracting(EventRecord::provider).containsOnly("Communicator");
        assertThat(events.get(0).messageLine()).isEqualTo(11);
        assertThat(events.get(0).message()).startsWith("Communicator was unable to locate the login server. No DNS "
                + "SRV records exist for domain contoso.com").contains("Resolution:");
    }

    @Test
    void anXmlExportInUtf16GivesProviderIdAndTheRenderedMessage() throws Exception {
        List<EventRecord> events = only(units("communicator-events-manual-ip.xml", LogFormat.EVENT_XML),
                EventRecord.class);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).satisfies(event -> {
            assertThat(event.line()).isEqualTo(3);
            assertThat(event.provider()).isEqualTo("Communicator");
            assertThat(event.eventId()).isEqualTo(7);
            assertThat(event.message()).startsWith("Communicator failed to connect to server 192.168.0.2 "
                    + "(192.168.0.2) on port 5060 due to error 10061.");
        });
        assertThat(notes).isEmpty();
    }

    @Test
    void aCsvExportKeepsAMultiLineDescriptionWholeAndReadsOtherSourcesToo() throws Exception {
        List<EventRecord> events = only(units("communicator-events-cert-mismatch.csv", LogFormat.EVENT_CSV),
                EventRecord.class);

        assertThat(events).extracting(EventRecord::line).containsExactly(2, 6, 7);
        assertThat(events).extracting(EventRecord::provider)
                .containsExactly("Communicator", "Microsoft-Windows-Winlogon", "Communicator");
        assertThat(events.get(0).message()).contains("(ocs-pool01.corp.contoso.com) did not match the expected host "
                + "name (sip.contoso.com).").contains("\n Resolution:");
        assertThat(events.get(1).eventId()).isEqualTo(7001);
    }

    @Test
    void aTabSeparatedExportReadsByItsHeader() throws Exception {
        List<EventRecord> events = only(units("communicator-events-tabbed.txt", LogFormat.EVENT_TABBED),
                EventRecord.class);

        assertThat(events).extracting(EventRecord::eventId).containsExactly(3, 3, 1, 1);
        assertThat(events).extracting(EventRecord::line).containsExactly(2, 6, 10, 14);
        assertThat(events.get(3).provider()).isEqualTo("Microsoft-Windows-User Profiles Service");
    }

    @Test
    void anOldStyleCsvWithoutHeaderReadsItsNineColumns() throws Exception {
        ExportedText text = new ExportedText("old.csv", List.of(
                "7/20/2009,10:15:32 AM,Communicator,Error,None,3,N/A,PC01,Communicator was unable to resolve the DNS "
                        + "hostname of the login server sip.contoso.com."));

        assertThat(LogFormat.detect(text)).isEqualTo(LogFormat.EVENT_CSV);
        assertThat(only(LogFormat.EVENT_CSV.read(text, notes::add), EventRecord.class)).singleElement()
                .satisfies(event -> {
                    assertThat(event.eventId()).isEqualTo(3);
                    assertThat(event.provider()).isEqualTo("Communicator");
                    assertThat(event.message()).endsWith("login server sip.contoso.com.");
                });
    }

    @Test
    void aClientLogGivesItsLinesAndTheSipMessagesBetweenPacketEntries() throws Exception {
        List<LogUnit> units = units("lync-uccapi-ntlm-mismatch.uccapilog", LogFormat.CLIENT_TRACE);
        List<SipMessage> messages = only(units, SipMessage.class);

        assertThat(messages).extracting(SipMessage::startLine).containsExactly("REGISTER sip:contoso.com SIP/2.0",
                "SIP/2.0 401 Unauthorized", "REGISTER sip:contoso.com SIP/2.0", "SIP/2.0 401 Unauthorized",
                "REGISTER sip:contoso.com SIP/2.0", "SIP/2.0 401 Unauthorized");
        assertThat(messages.get(0).line()).isEqualTo(3);
        assertThat(messages.get(1).via()).isEqualTo("received from 203.0.113.20:443");
        assertThat(messages.get(1).headers("WWW-Authenticate")).hasSize(2).last().satisfies(header -> {
            assertThat(header.value()).startsWith("TLS-DSK realm=\"SIP Communications Service\"")
                    .endsWith("version=4, sts-uri=\"https://ocs-fe01.corp.contoso.com:443/CertProv/"
                            + "CertProvisioningService.svc\"");
            assertThat(header.line()).isEqualTo(23);
        });
        assertThat(messages.get(5).status()).contains(401);
        assertThat(messages.get(5).method()).contains("REGISTER");
        assertThat(messages.get(5).header("ms-diagnostics")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("1000;reason=\"Final handshake failed\""));
        assertThat(only(units, LogLine.class)).first().satisfies(line -> assertThat(line.text())
                .startsWith("Lync 4.0.7577.0 - sign-in started"));
    }

    /**
     * A packet entry whose address runs on for 300 KB with no "bytes:" after it (bench/adversarial.sh times the same
     * line): a backtracking matcher took minutes over it; it is a plain log line, and the messages around it are read.
     */
    @Test
    void aPacketEntryWithAThreeHundredKilobyteAddressIsALineAndTheMessagesAroundItAreRead() throws Exception {
        List<String> lines = new ArrayList<>(sample("lync-uccapi-ntlm-mismatch.uccapilog").lines());
        String crafted = "Sending Packet - " + "x".repeat(300_000);
        lines.add(1, "03/14/2011|08:02:11.320 1C08:1D44 INFO  :: " + crafted);
        ExportedText text = new ExportedText("crafted.uccapilog", lines);

        assertThat(LogFormat.detect(text)).isEqualTo(LogFormat.CLIENT_TRACE);
        List<LogUnit> units = LogFormat.CLIENT_TRACE.read(text, notes::add);

        assertThat(only(units, LogLine.class)).extracting(LogLine::line, LogLine::text).contains(tuple(2, crafted));
        assertThat(only(units, SipMessage.class)).extracting(SipMessage::startLine).hasSize(6)
                .first().isEqualTo("REGISTER sip:contoso.com SIP/2.0");
        assertThat(only(units, SipMessage.class).get(5).header("ms-diagnostics")).hasValueSatisfying(value ->
                assertThat(value).startsWith("1000;reason=\"Final handshake failed\""));
    }

    @Test
    void aServerTraceReadsStartLineAndHeadersOfEachRecordAndWhereItCameFrom() throws Exception {
        List<SipMessage> messages = only(units("ocslogger-external-kerberos-only.txt", LogFormat.SERVER_TRACE),
                SipMessage.class);

        assertThat(messages).extracting(SipMessage::line).containsExactly(7, 28, 47, 64, 84);
        assertThat(messages.get(0).startLine()).isEqualTo("REGISTER sip:contoso.com SIP/2.0");
        assertThat(messages.get(0).via()).contains("source=\"external edge\"");
        assertThat(messages.get(1).header("WWW-Authenticate")).contains("Kerberos realm=\"SIP Communications "
                + "Service\", targetname=\"sip/ocs-fe01.corp.contoso.com\", version=3");
    }

    @Test
    void aSipTraceSplitsOnStartLinesAndJoinsFoldedHeaders() throws Exception {
        List<LogUnit> units = units("sip-trace-not-enabled.txt", LogFormat.SIP_TRACE);
        List<SipMessage> messages = only(units, SipMessage.class);

        assertThat(messages).extracting(SipMessage::line).containsExactly(3, 17);
        assertThat(messages.get(0).header("Authorization")).hasValueSatisfying(value -> assertThat(value)
                .contains("crand=\"5d1e2f3a\", cnum=\"1\", targetname="));
        assertThat(messages.get(1).status()).contains(404);
        assertThat(messages.get(1).headers("ms-diagnostics")).singleElement()
                .satisfies(header -> assertThat(header.line()).isEqualTo(24));
        assertThat(only(units, LogLine.class)).singleElement().satisfies(line -> assertThat(line.line()).isEqualTo(1));
    }

    @Test
    void compactHeaderNamesAreReadUnderTheirFullNames() throws Exception {
        ExportedText text = new ExportedText("compact.txt", List.of("REGISTER sip:contoso.com SIP/2.0",
                "f: <sip:jdoe@contoso.com>;tag=1", "i: 42", "l: 0", ""));

        SipMessage message = only(LogFormat.SIP_TRACE.read(text, notes::add), SipMessage.class).get(0);

        assertThat(message.header("From")).contains("<sip:jdoe@contoso.com>;tag=1");
        assertThat(message.header("Call-ID")).contains("42");
    }

    @Test
    void aTraceCutInsideAMessageKeepsItsHeadersAndSaysSo() throws Exception {
        ExportedText text = new ExportedText("cut.txt", List.of("SIP/2.0 404 Not Found",
                "ms-diagnostics: 4005;reason=\"Destination URI either not enabled for SIP or does not exist\"",
                "From: <sip:jdoe@cont"));

        List<SipMessage> messages = only(LogFormat.SIP_TRACE.read(text, notes::add), SipMessage.class);

        assertThat(messages).singleElement().satisfies(message -> assertThat(message.headers()).hasSize(2));
        assertThat(notes).singleElement().asString().startsWith("cut.txt:1: the trace ends inside this message");
    }

    @Test
    void textInNoKnownFormatIsReadAParagraphAtATime() throws Exception {
        ExportedText text = new ExportedText("notes.txt", List.of("User says sign-in fails", "since Monday.", "",
                "Tried another PC."));

        assertThat(LogFormat.detect(text)).isEqualTo(LogFormat.PLAIN_TEXT);
        assertThat(only(LogFormat.PLAIN_TEXT.read(text, notes::add), LogLine.class))
                .extracting(LogLine::line, LogLine::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "User says sign-in fails\nsince Monday."),
                        org.assertj.core.groups.Tuple.tuple(4, "Tried another PC."));
    }

    @Test
    void eventsConvertedToJsonAreReadByTheirPropertyNamesAndNestedValuesSkipped() throws Exception {
        ExportedText text = written("[", "    {", "        \"TimeCreated\":  \"\\/Date(1298968491000)\\/\",",
                "        \"Id\":  1,", "        \"ProviderName\":  \"Communicator\",",
                "        \"Properties\":  [ { \"Value\":  \"contoso.com\" } ],",
                "        \"Message\":  \"No DNS SRV records exist.\\r\\n\\r\\n Resolution:\\r\\n Ask.\"", "    }", "]");

        assertThat(LogFormat.detect(text)).isEqualTo(LogFormat.EVENT_JSON);
        List<EventRecord> events = only(LogFormat.EVENT_JSON.read(text, notes::add), EventRecord.class);

        assertThat(events).extracting(EventRecord::line, EventRecord::provider, EventRecord::eventId,
                EventRecord::messageLine).containsExactly(tuple(2, "Communicator", 1, 7));
        assertThat(events.get(0).message()).isEqualTo("No DNS SRV records exist.\n\n Resolution:\n Ask.");
    }

    @Test
    void jsonBrokenBeforeItsFirstEventIsRefused() throws Exception {
        ExportedText text = written("[", "    {", "        \"Id\":  1,", "        \"ProviderName\": Communicator");

        assertThatThrownBy(() -> LogFormat.EVENT_JSON.read(text, notes::add))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not well-formed JSON");
    }

    @Test
    void getEventLogsTableIsReadWithTheEventIdInTheLowBitsOfTheInstanceId() throws Exception {
        ExportedText text = written("PS C:\\> Get-EventLog -LogName Application -Source Communicator -Newest 2", "",
                "   Index Time          EntryType   Source                 InstanceID Message",
                "   ----- ----          ---------   ------                 ---------- -------",
                "   51870 Nov 02 09:14  Error       Communicator           3221225475 Communicator was unable to r...",
                "   51869 Nov 02 09:14  Error       Communicator           3221225473 Communicator was unable to l...");

        assertThat(LogFormat.detect(text)).isEqualTo(LogFormat.POWERSHELL_EVENTS);
        List<EventRecord> events = only(LogFormat.POWERSHELL_EVENTS.read(text, notes::add), EventRecord.class);

        assertThat(events).extracting(EventRecord::line, EventRecord::provider, EventRecord::eventId)
                .containsExactly(tuple(5, "Communicator", 3), tuple(6, "Communicator", 1));
    }

    @Test
    void aCommandThatNamesThePropertiesItFormatsIsNotACsvHeader() throws Exception {
        ExportedText text = written("PS C:\\> Get-WinEvent -LogName 'Lync Server' | Format-List TimeCreated, "
                + "ProviderName, Id, Message", "", "", "TimeCreated  : 6/3/2013 10:22:41 AM",
                "ProviderName : LS UserPin Service", "Id           : 47067",
                "Message      : A server did not respond to HTTP request", "");

        assertThat(LogFormat.detect(text)).isEqualTo(LogFormat.POWERSHELL_EVENTS);
        assertThat(only(LogFormat.POWERSHELL_EVENTS.read(text, notes::add), EventRecord.class))
                .extracting(EventRecord::provider, EventRecord::eventId)
                .containsExactly(tuple("LS UserPin Service", 47067));
    }

    @Test
    void theResolutionParagraphOfAnEventIsLeftOutWhereverTheExportPutsIt() {
        assertThat(EventAdvice.withoutAdvice("Login server sip.contoso.com not resolved.\n\n Resolution:\n If you "
                + "use manual configuration, check the name.")).isEqualTo("Login server sip.contoso.com not resolved.");
        assertThat(EventAdvice.withoutAdvice("Login server sip.contoso.com not resolved.   Resolution:   If you use "
                + "manual configuration, check the name.")).isEqualTo("Login server sip.contoso.com not resolved.");
        assertThat(EventAdvice.withoutAdvice("See the Resolution: column of the table")).isEqualTo(
                "See the Resolution: column of the table");
        assertThat(EventAdvice.withoutAdvice(null)).isNull();
    }
}
