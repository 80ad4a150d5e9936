package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kbfiles.PackagedFile;
import io.signindoctor.kbfiles.TextFile;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The text reader with the built-in catalogues: values, roles, statements with negation, messages, codes. */
class TextExtractorTest {

    private static final Vocabulary VOCABULARY = FactsSchema.builtIn().vocabulary();
    private static final TextExtractor EXTRACTOR = builtIn();

    private static TextExtractor builtIn() {
        try {
            return new TextExtractor(PatternCatalog.builtIn(VOCABULARY));
        } catch (InvalidInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Extracted> extract(String text) {
        List<Extracted> found = new ArrayList<>();
        EXTRACTOR.extract("description", text, Source.text("queue.csv", 7), found, new HashSet<>());
        return found;
    }

    private static List<String> facts(String text) {
        return extract(text).stream().map(extracted -> extracted.fact().describe()).toList();
    }

    @Test
    void aValueTakesItsRoleFromCueWordsInAnyOrderAndWithAnySeparator() {
        assertThat(facts("internal server 10.0.0.5")).contains("client.internal-server = 10.0.0.5");
        assertThat(facts("We typed 10.0.0.5 as the internal server.")).contains("client.internal-server = 10.0.0.5");
        assertThat(facts("External Server Name sip.contoso.com:5061"))
                .contains("client.external-server = sip.contoso.com:5061");
        assertThat(facts("Her client settings point at OCSPOOL01.")).contains("client.internal-server = OCSPOOL01");
    }

    @Test
    void aRecordsKindNamedAfterItsNameAddsNoDistanceToTheCueAfterIt() {
        assertThat(facts("The _sipinternaltls._tcp.contoso.com SRV record is missing."))
                .contains("DNS SRV _sipinternaltls._tcp.contoso.com: nxdomain");
        assertThat(facts("The _sipinternal._tcp.fabrikam.com DNS SRV record was deleted."))
                .contains("DNS SRV _sipinternal._tcp.fabrikam.com: nxdomain");
        assertThat(facts("The _sipinternaltls._tcp.contoso.com SRV record answers fine and nothing else is missing."))
                .doesNotContain("DNS SRV _sipinternaltls._tcp.contoso.com: nxdomain");
    }

    @Test
    void twoValuesInOneSentenceEachTakeTheNearerCue() {
        assertThat(facts("Manual: internal server ocs01.contoso.com, external server edge.contoso.com:5061."))
                .contains("client.internal-server = ocs01.contoso.com",
                        "client.external-server = edge.contoso.com:5061");
    }

    @Test
    void negationAndScopeDecideAStatement() {
        assertThat(facts("The user was never enabled for OCS.")).contains("account.ocs-enabled = false");
        assertThat(facts("Account enabled, not expired, OCS enabled.")).doesNotContain("account.ocs-enabled = false");
        assertThat(facts("Everyone else on the PC works.")).contains("symptom.affected = one-user")
                .doesNotContain("symptom.affected = all-users");
        assertThat(facts("Internal users sign in fine, but external users cannot."))
                .contains("symptom.internal-users-sign-in = true", "symptom.external-users-sign-in = false");
    }

    @Test
    void whatShouldBeIsNotReadAsWhatIs() {
        assertThat(facts("FE auth is Kerberos only. It should be Both NTLM and Kerberos."))
                .contains("server.authentication = kerberos")
                .doesNotContain("server.authentication = ntlm-and-kerberos");
    }

    @Test
    void aKnownMessageIsRecognisedInPartAndSaysHowMuchOfItWasFound() {
        List<Extracted> found = extract("User gets: you may have entered your sign-in address, user name or "
                + "password\nincorrectly, or the authentication service may be incompatible with the version.");
        Extracted message = found.stream().filter(e -> "MSG-001".equals(e.patternId())).findFirst().orElseThrow();
        assertThat(message.fact().describe()).isEqualTo("symptom.message = cannot-sign-in");
        assertThat(message.similarity()).isBetween(0.7, 1.0);
    }

    @Test
    void aMessageWithSlotsGivesItsValues() {
        assertThat(facts("Event log: Communicator failed to connect to server 192.168.0.2 (192.168.0.2) on port "
                + "5060 due to error 10061"))
                .contains("client event: failed to connect to 192.168.0.2 on port 5060 due to error 10061");
        assertThat(facts("Event ID: 1\nCommunicator was unable to locate the login server. No DNS SRV records exist "
                + "for domain contoso.com, so Communicator was unable to login."))
                .contains("DNS SRV _sipinternaltls._tcp.contoso.com: nxdomain", "server.sip-domain = contoso.com",
                        "client event: event-id error 1");
    }

    @Test
    void codesAreReadAsNumbersHexadecimalAndNames() {
        assertThat(facts("ms-diagnostics: 1000;reason=\"Final handshake failed\";"
                + "HRESULT=\"0xC3E93EE4(SIP_E_AUTH_NTLMMISMATCH)\""))
                .contains("client event: ms-diagnostics error 1000", "client event: hresult error 0xc3e93ee4");
        assertThat(facts("WSAECONNREFUSED when connecting")).contains("client event: winsock error 10061");
    }

    @Test
    void valuesWrittenOtherWaysAreRead() {
        assertThat(facts("nslookup: *** dc01 can't find _sipinternaltls._tcp.fabrikam.com: Non-existent domain"))
                .contains("DNS SRV _sipinternaltls._tcp.fabrikam.com: nxdomain");
        assertThat(facts("msRTCSIP-PrimaryUserAddress : sip:rokonkwo@adatum.com"))
                .contains("account.sip-uri = sip:rokonkwo@adatum.com");
        assertThat(facts("Cert subject CN=ocspool01.corp.contoso.com"))
                .contains("server.certificate-names = ocspool01.corp.contoso.com");
        assertThat(facts("NtlmMinServerSec is 537395248 on the front end"))
                .contains("server registry HKLM\\System\\CurrentControlSet\\Control\\Lsa\\MSV1_0\\NtlmMinServerSec"
                        + " = 0x20080030");
    }

    @Test
    void aFactCitesItsWordsAsWrittenAndTheLineTheyAreOn() {
        List<Extracted> found = extract("Ticket from Ann.\nTrace shows Access is denied creating C:\\Documents and "
                + "Settings\\ann\\Local Settings\\Application Data\\Microsoft\\Communicator");
        ClientEvent event = (ClientEvent) found.stream().map(Extracted::fact)
                .filter(fact -> fact instanceof ClientEvent).findFirst().orElseThrow();
        assertThat(event.isCommunicatorProfileFolder()).isTrue();
        assertThat(event.getPath()).startsWith("C:\\Documents and Settings\\ann");
        assertThat(event.getSource().line()).isEqualTo(8);
        assertThat(event.getSource().words()).contains("denied creating C:\\Documents and Settings");
        assertThat(event.getSource().toString()).startsWith("text at queue.csv:8 \"").contains("denied creating");
    }

    @Test
    void typographicCharactersAndEmailQuotingReadAsPlainText() {
        assertThat(facts("> > The user\u2019s account is dis\u00ADabled \u2013 see AD."))
                .contains("account.enabled = false");
    }

    @Test
    void aTextWithNoCueGivesNothing() {
        assertThat(facts("Printer on the third floor jams when printing duplex; toner replaced.")).isEmpty();
    }

    @Test
    void aCraftedTextIsReadWithoutRecursionOrBacktracking() {
        String dots = "internal server: " + "a.".repeat(200_000);
        String wsa = "wsa".repeat(100_000);
        String paths = "access denied c:\\ ".repeat(5_500);
        assertThat(facts(dots)).isEmpty();
        assertThat(facts(wsa)).isEmpty();
        assertThat(facts(paths)).isEmpty();
    }

    @Test
    void aCatalogueOfTheWrongShapeIsRefusedAtItsLine() {
        String reading = """
                negators: [not]
                readings:
                  - id: RD-001
                    name: unknown kind
                    value: [ipv9]
                    cues: [[server]]
                    facts: [{fact: client.internal-server, value: "${value}"}]
                """;
        assertThatThrownBy(() -> read(reading)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules/reading.yaml:5").hasMessageContaining("ipv9");
    }

    @Test
    void aCatalogueNamingWhatDoesNotExistIsRefusedWithEveryProblemAtItsLine() {
        String reading = """
                negators: [not]
                readings:
                  - id: RD-001
                    name: unknown fact
                    value: [ip]
                    cues: [[server]]
                    facts: [{fact: server.pool-tcp-prt, value: "${value}"}]
                  - id: RD-001
                    name: unbound name
                    cues: [[server]]
                    facts: [{fact: client.transport, value: "${transport}"}]
                """;
        assertThatThrownBy(() -> read(reading)).isInstanceOfSatisfying(InvalidInputException.class, invalid ->
                assertThat(invalid.getProblems()).extracting(Object::toString).anySatisfy(problem ->
                        assertThat(problem).contains("rules/reading.yaml:7").contains("pool-tcp-prt")
                                .contains("did you mean `server.pool-tcp-port`?"))
                        .anySatisfy(problem -> assertThat(problem).contains("rules/reading.yaml:8")
                                .contains("used by an earlier entry"))
                        .anySatisfy(problem -> assertThat(problem).contains("rules/reading.yaml:11")
                                .contains("${transport}")));
    }

    private static PatternCatalog read(String reading) throws InvalidInputException {
        return PatternCatalog.read(List.of(new TextFile(PatternCatalog.READING, reading),
                new TextFile(PatternCatalog.MESSAGES, PackagedFile.read(PatternCatalog.MESSAGES)),
                new TextFile(PatternCatalog.CODES, PackagedFile.read(PatternCatalog.CODES))), VOCABULARY);
    }
}
