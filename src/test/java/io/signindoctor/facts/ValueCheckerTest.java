package io.signindoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.model.AddressForm;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one check every reader uses, on the structured strings of the vocabulary. */
class ValueCheckerTest {

    private static final Vocabulary VOCABULARY = FactsSchema.builtIn().vocabulary();

    private static ValueSpec spec(String id) {
        return VOCABULARY.find(id).orElseThrow().spec();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ocs01.contoso.com", "ocs01.contoso.com:5061", "192.168.0.2", "192.168.0.2:5060",
            "OCSPOOL01", "[fe80::1]:5061", "[::1]", "ocs01.contoso.com.:443", "a:65535"})
    void serverEntriesThatConnectionSettingsAccept(String entry) {
        assertThat(ValueChecker.check(spec("client.internal-server"), entry).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ocs01.contoso.com:0", "ocs01.contoso.com:65536", "ocs01.contoso.com:99999", "a:",
            "ABCDEFGHIJKLMNOP", "192.168.0.256", "999.1.1.1", "-ocs.contoso.com", "ocs..contoso.com", "[fe80::1",
            "fe80::1:5061:x", "a b", ":5061", "[1::2::3]:5061"})
    void serverEntriesThatAreNot(String entry) {
        assertThat(ValueChecker.check(spec("client.internal-server"), entry).isValid()).isFalse();
    }

    @Test
    void dnsNamesAreBoundedInLengthAndLabelAndCheckedWithoutRecursion() {
        String label63 = "a".repeat(63);
        assertThat(ValueChecker.check(spec("server.fqdn"), label63 + ".contoso.com").isValid()).isTrue();
        assertThat(ValueChecker.check(spec("server.fqdn"), label63 + "a.contoso.com").isValid()).isFalse();
        String name253 = (label63 + ".").repeat(3) + "a".repeat(61);
        assertThat(name253).hasSize(253);
        assertThat(ValueChecker.check(spec("server.fqdn"), name253).isValid()).isTrue();
        assertThat(ValueChecker.check(spec("server.fqdn"), name253 + "a").isValid()).isFalse();
        assertThat(ValueChecker.check(spec("server.fqdn"), "a.".repeat(100_000) + "com").problem())
                .endsWith("(200003 characters)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "server.pool-tcp-port|5060|5060",
            "server.tls-required|Yes|true",
            "client.transport|tcp|TCP",
            "client.ntlm-min-client-sec|0x20080030|0x20080030",
            "client.ntlm-min-client-sec|4294967295|4294967295",
            "server.tls-srv-record|NONE|NONE",
            "server.tls-srv-record|sip.contoso.com.:5061|sip.contoso.com.:5061",
            "server.certificate-names|ocs.contoso.com, *.contoso.com , sip.contoso.com|"
                    + "ocs.contoso.com, *.contoso.com , sip.contoso.com",
            "account.sip-uri|sip:jdoe@contoso.com|sip:jdoe@contoso.com"})
    void acceptedValuesComeBackInTheVocabularysSpelling(String id, String typed, String canonical) {
        assertThat(ValueChecker.check(spec(id), typed).value()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "server.pool-tcp-port|-1|expected a whole number from 1 to 65535, got \"-1\"",
            "client.ntlm-min-client-sec|4294967296|expected a whole number from 0 to 4294967295 or hexadecimal text "
                    + "of 1 to 8 digits, such as 0x20080030, got \"4294967296\"",
            "client.ntlm-min-client-sec|0x120080030|expected a whole number from 0 to 4294967295 or hexadecimal text "
                    + "of 1 to 8 digits, such as 0x20080030, got \"0x120080030\"",
            "server.tls-srv-record|sip.contoso.com:123456|expected target:port with a port from 1 to 65535, such as "
                    + "sip.contoso.com:5061, or none, got \"sip.contoso.com:123456\"",
            "client.configuration|manaul|expected automatic or manual, got \"manaul\"; did you mean `manual`?",
            "symptom.affected|everyone|expected one of one-user, some-users, all-users, external-users, got "
                    + "\"everyone\""})
    void refusalsSayWhatWasExpectedAndWhatWasGiven(String id, String typed, String message) {
        assertThat(ValueChecker.check(spec(id), typed).problem()).isEqualTo(message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.0.2", "::1", "fe80::1", "::ffff:192.168.0.2", "1:2:3:4:5:6:7:8",
            "1:2:3:4:5:6:1.2.3.4"})
    void ipLiteralsTheFormatAcceptsAreIpLiteralsToTheRules(String address) {
        assertThat(ValueFormat.IP_ADDRESS.accepts(address)).isTrue();
        assertThat(AddressForm.of(address)).isEqualTo(AddressForm.IP_LITERAL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1:2:3:4:5:6:7:8:9", "1::2::3", "12345::1", "1.2.3", "01.2.3.4", "g::1", ":"})
    void malformedIpLiteralsAreRefused(String address) {
        assertThat(ValueFormat.IP_ADDRESS.accepts(address)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15.0.5023.1000", "16.0.4678.1000", "6.19", "3.5.6907.0"})
    void buildsAsHelpAboutShowsThem(String build) {
        assertThat(ValueChecker.check(spec("client.build"), build).isValid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"15", "15.0.5023.1000.1", "15..5023", "15.0.a", "v15.0", "15.0.", "123456.1"})
    void notABuild(String build) {
        assertThat(ValueChecker.check(spec("client.build"), build).problem())
                .startsWith("expected a version number of 2 to 4 dotted parts");
    }

    @Test
    void anUnknownProductIsRefusedWithTheProductsAllowed() {
        assertThat(ValueChecker.check(spec("server.product"), "lync 2013").value()).isEqualTo("lync-2013");
        assertThat(ValueChecker.check(spec("server.product"), "sfb-2016").problem()).isEqualTo("expected one of "
                + "ocs-2007-r2, lync-2010, lync-2013, sfb-2015, sfb-2019, got \"sfb-2016\"; did you mean `sfb-2015`?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no data", "no_data", "no \t_ data", "no-data", "a  b__c", " x y ", "_lead", "trail_",
            "a\u000Bb", "a\r\nb", "none"})
    void aChoiceMayBeTypedWithAnyRunOfSpacesOrUnderscoresForAHyphen(String typed) {
        String choice = typed.strip().replaceAll("[\\s_]+", "-").toUpperCase(Locale.ROOT);
        ValueSpec spec = new ValueSpec(ValueSpec.CHOICE, List.of("other", choice), null, null, null, null);

        assertThat(ValueChecker.check(spec, typed).value()).isEqualTo(choice);
    }
}
