package io.signindoctor.resemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeaturesTest {

    private record Feature(long key, String words) {
    }

    private static List<Feature> features(String text) {
        List<Feature> found = new ArrayList<>();
        Features.read(text, (key, start, end) -> found.add(new Feature(key, text.substring(start, end))));
        return found;
    }

    private static List<Long> keys(String text) {
        return features(text).stream().map(Feature::key).toList();
    }

    @Test
    void eachWordAndEachPairOfWordsInARowIsAFeatureCitingItsCharacters() {
        assertThat(features("Remote users fail").stream().map(Feature::words))
                .containsExactly("Remote", "users", "Remote users", "fail", "users fail");
    }

    @Test
    void caseDoesNotMatterAndEveryRunOfDigitsIsOneZero() {
        assertThat(keys("Port 5061 on 10.0.0.5")).isEqualTo(keys("port 443 ON 192.168.0.2"));
        assertThat(keys("port 5061")).isNotEqualTo(keys("port x5061"));
    }

    @Test
    void dotsAndDashesAtAWordsEndsAreNotPartOfItButInsideItTheyAre() {
        assertThat(features("-- it works. sip.contoso.com, _sipinternaltls._tcp.contoso.com.").stream()
                .map(Feature::words)).containsExactly("it", "works", "it works", "sip.contoso.com",
                        "works. sip.contoso.com", "_sipinternaltls._tcp.contoso.com",
                        "sip.contoso.com, _sipinternaltls._tcp.contoso.com");
        assertThat(keys("works.")).isEqualTo(keys("works"));
        assertThat(keys("sip.contoso.com")).isNotEqualTo(keys("sip contoso com").subList(0, 1));
    }

    @Test
    void aHostNameIsReadAsAHostNameWithItsFirstLabelWhenThatIsAWord() {
        assertThat(keys("sip.contoso.com")).isEqualTo(keys("SIP.fabrikam.co.uk"))
                .isNotEqualTo(keys("lyncdiscover.contoso.com")).isNotEqualTo(keys("sip"));
        assertThat(keys("fe01.corp.contoso.com")).isEqualTo(keys("ocspool2.fabrikam.net"))
                .isNotEqualTo(keys("sip.contoso.com"));
        assertThat(keys("contoso.com")).isNotEqualTo(keys("fabrikam.com"));
        assertThat(keys("10.0.0.5")).isNotEqualTo(keys("fe01.corp.contoso.com"));
    }

    @Test
    void anSrvRecordsNameIsReadAsItsServiceAndProtocolWithoutTheDomain() {
        assertThat(keys("_sipinternaltls._tcp.contoso.com")).isEqualTo(keys("_sipinternaltls._tcp.fabrikam.net."))
                .isEqualTo(keys("_sipinternaltls._tcp"))
                .isNotEqualTo(keys("_sipinternal._tcp.contoso.com"));
        assertThat(features("_sip._tls.contoso.com works").get(0).words()).isEqualTo("_sip._tls.contoso.com");
    }

    @Test
    void otherCharactersSeparateWordsAndATextOfThemHasNoFeature() {
        assertThat(features("Anmeldung für Lync").stream().map(Feature::words))
                .containsExactly("Anmeldung", "f", "Anmeldung f", "r", "für", "Lync", "r Lync");
        assertThat(features("... -- !! «»")).isEmpty();
        assertThat(features("")).isEmpty();
    }

    @Test
    void aPairIsNotTheSameFeatureAsAnyWord() {
        List<Long> pair = keys("sign in");
        assertThat(pair).hasSize(3).doesNotHaveDuplicates();
        assertThat(keys("sign")).containsExactly(pair.get(0));
    }
}
