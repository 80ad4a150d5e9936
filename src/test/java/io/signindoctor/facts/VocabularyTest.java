package io.signindoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.DnsRecord;
import io.signindoctor.model.Fact;
import io.signindoctor.model.NamedValue;
import io.signindoctor.model.PolicyValue;
import io.signindoctor.model.RegistryValue;
import io.signindoctor.model.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model's names for facts agree with the schema's: each group becomes the class its x-fact names, and the values
 * the model spells out for Java callers (event kinds, code types, scopes, machines) are ones the schema allows.
 */
class VocabularyTest {

    private static final Vocabulary VOCABULARY = FactsSchema.builtIn().vocabulary();

    @Test
    void eachGroupBecomesTheFactClassItsSchemaEntryNames() {
        for (String group : Vocabulary.GROUPS) {
            Fact fact = FactsMapper.scalar(group, "x", "y", Source.answer("test"));
            assertThat(VOCABULARY.sectionOf(fact.getClass().getSimpleName())).contains(group);
            assertThat(((NamedValue) fact).getGroup()).isEqualTo(group);
        }
    }

    @Test
    void theModelsConstantsAreValuesTheSchemaAllows() {
        allowed("events", "kind", List.of(ClientEvent.CONNECT_FAILURE, ClientEvent.CERTIFICATE_NAME_MISMATCH,
                ClientEvent.ACCESS_DENIED, ClientEvent.ERROR));
        allowed("events", "code-type", List.of(ClientEvent.WINSOCK, ClientEvent.HRESULT, ClientEvent.MS_DIAGNOSTICS));
        allowed("dns", "result", List.of(DnsRecord.FOUND));
        allowed("policies", "scope", List.of(PolicyValue.COMPUTER, PolicyValue.USER));
        allowed("registry", "machine", List.of(RegistryValue.CLIENT, RegistryValue.SERVER));
    }

    @Test
    void listFactsKnowTheirFieldsAndWhatEachEventKindRequires() {
        assertThat(VOCABULARY.fields("events")).contains("kind", "server", "port", "code", "code-type", "path");
        assertThat(VOCABULARY.requiredEventFields(ClientEvent.CONNECT_FAILURE)).containsExactly("server", "port", "code");
        assertThat(VOCABULARY.field("policies", "name").orElseThrow().choices()).containsExactly("EnableStrictDNSNaming");
        assertThat(VOCABULARY.sectionOf("EffectivePolicy")).contains("policies");
    }

    private static void allowed(String section, String field, List<String> values) {
        ValueSpec spec = VOCABULARY.field(section, field).orElseThrow();
        values.forEach(value -> assertThat(ValueChecker.check(spec, value).value()).as(section + "." + field)
                .isEqualTo(value));
    }
}
