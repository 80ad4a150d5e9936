package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The extraction catalog: what the built-in patterns read from ticket text, and how a broken catalog is refused. */
class PatternCatalogTest {

    private static final Vocabulary VOCABULARY = FactsSchema.builtIn().vocabulary();

    private static List<String> read(String text) throws InvalidInputException {
        List<Extracted> found = new ArrayList<>();
        new TextExtractor(PatternCatalog.builtIn(VOCABULARY)).extract("description", text,
                Source.text("queue.csv", 7), found, new HashSet<>());
        return found.stream().map(extracted -> extracted.patternId() + " " + extracted.fact().describe()).toList();
    }

    @Test
    void theBuiltInPatternsReadCodesMessagesNamesPortsRecordsPoliciesAndRegistryValues() throws Exception {
        assertThat(read("WSAECONNREFUSED error 10061, then HRESULT 0x8007274D; SIP reply ms-diagnostics: 1003;"))
                .containsExactly("TXT-002 client event: winsock error 10061",
                        "TXT-003 client event: hresult error 0x8007274d",
                        "TXT-004 client event: ms-diagnostics error 1003");
        assertThat(read("External server: sip.contoso.com:5061. Pool properties show TCP listening port 5065. "
                + "EnableStrictDNSNaming is disabled; User Configuration has EnableStrictDNSNaming set to enabled. "
                + "_sipinternal._tcp.fabrikam.com is missing. NtlmMinClientSec = 0x00080000"))
                .contains("TXT-013 client.external-server = sip.contoso.com:5061",
                        "TXT-021 server.pool-tcp-port = 5065",
                        "TXT-043 policy EnableStrictDNSNaming (computer configuration) = disabled",
                        "TXT-040 policy EnableStrictDNSNaming (user configuration) = enabled",
                        "TXT-030 DNS SRV _sipinternal._tcp.fabrikam.com: nxdomain",
                        "TXT-041 client registry HKLM\\System\\CurrentControlSet\\Control\\Lsa\\MSV1_0\\"
                                + "NtlmMinClientSec = 0x00080000");
        assertThat(read("internal server: 192.168.0.2 ... internal server = OCSPOOL01 ... internal server: "
                + "ocs.corp.contoso.com")).containsExactly("TXT-012 client.internal-server = 192.168.0.2",
                        "TXT-012 client.internal-server = OCSPOOL01",
                        "TXT-012 client.internal-server = ocs.corp.contoso.com");
    }

    @Test
    void extractedFactsAreTheTypedFactsAFactsFileGivesAndRememberTheirText() throws Exception {
        List<Extracted> found = new ArrayList<>();
        new TextExtractor(PatternCatalog.builtIn(VOCABULARY)).extract("notes", "Access is denied: C:\\Documents "
                + "and Settings\\ann\\Local Settings\\Application Data\\Microsoft\\Communicator",
                Source.text("queue.csv", 7), found, new HashSet<>());

        assertThat(found).hasSize(1);
        ClientEvent event = (ClientEvent) found.get(0).fact();
        assertThat(event.isCommunicatorProfileFolder()).isTrue();
        assertThat(event.getSource()).hasToString("text at queue.csv:7");
        assertThat(found.get(0).text()).startsWith("Access is denied: C:\\Documents");
    }

    @Test
    void aBrokenCatalogIsRefusedWithEveryProblemAtItsLine() {
        String catalog = """
                patterns:
                  - id: TXT-001
                    name: bad regex
                    keywords: [x]
                    regex: '(?<code>\\d+'
                    facts: [{event: error, code-type: winsock, code: "${code}"}]
                  - id: TXT-001
                    name: unknown group, fact and value
                    keywords: [x]
                    regex: 'port (?<port>\\d+)'
                    facts:
                      - {fact: server.pool-tcp-prt, value: "${port}"}
                      - {fact: client.transport, value: "${transport}"}
                      - {fact: client.configuration, value: manuel}
                      - {event: connect-failure, server: x}
                """;

        assertThatThrownBy(() -> PatternCatalog.read("my.yaml", catalog, VOCABULARY))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.getProblems())
                        .extracting(Object::toString).containsExactly(
                                "my.yaml:15:9: error: patterns[1].facts[3]: missing the required field 'code'",
                                "my.yaml:15:9: error: patterns[1].facts[3]: missing the required field 'port'"));
        assertThatThrownBy(() -> PatternCatalog.read("my.yaml", catalog.replace(
                "      - {event: connect-failure, server: x}\n", ""), VOCABULARY))
                .isInstanceOfSatisfying(InvalidInputException.class, invalid -> assertThat(invalid.getProblems())
                        .extracting(Object::toString).containsExactly(
                                "my.yaml:5:5: error: patterns[0].regex: not a valid regular expression: Unclosed "
                                        + "group near index 11",
                                "my.yaml:7:5: error: patterns[1].id: TXT-001 is used by an earlier pattern; ids are "
                                        + "unique",
                                "my.yaml:12:10: error: patterns[1].facts[0].fact: no such fact in "
                                        + "facts-schemas/facts.schema.yaml: server.pool-tcp-prt; expected one of: "
                                        + String.join(", ", VOCABULARY.entries().stream()
                                                .map(io.signindoctor.facts.Vocabulary.Entry::id).toList()),
                                "my.yaml:13:34: error: patterns[1].facts[1].value: refers to ${transport}, but the "
                                        + "regex has no group (?<transport>...)",
                                "my.yaml:14:38: error: patterns[1].facts[2].value: expected automatic or manual, got "
                                        + "\"manuel\"; did you mean `manual`?"));
    }
}
