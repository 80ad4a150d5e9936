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
        Features reader = new Features(WordTranslations.NONE);
        reader.read(text, (key, start, end) -> found.add(new Feature(key, text.substring(start, end))));
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
    void dotsAndDashesAtAWordsEndsAreNotPartOfItButInsideItTheyAreAndAPhrasesEndMakesNoPair() {
        assertThat(features("-- it works. sip.contoso.com, _sipinternaltls._tcp.contoso.com.").stream()
                .map(Feature::words)).containsExactly("it", "works", "it works", "sip.contoso.com",
                        "_sipinternaltls._tcp.contoso.com");
        assertThat(features("fails (again) here").stream().map(Feature::words))
                .containsExactly("fails", "again", "here");
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
    void lettersOfOtherAlphabetsArePartOfWordsWithTheirAccentsFoldedAndOtherCharactersSeparateWords() {
        assertThat(features("Anmeldung für Lync").stream().map(Feature::words))
                .containsExactly("Anmeldung", "für", "Anmeldung für", "Lync", "für Lync");
        assertThat(keys("Sesión fallida")).isEqualTo(keys("sesion FALLIDA"));
        assertThat(features("... -- !! «»")).isEmpty();
        assertThat(features("")).isEmpty();
    }

    @Test
    void aWordOfLettersIsReadAsItsStemAndAWordWithADigitOrDotAsItIs() {
        assertThat(keys("disabled")).isEqualTo(keys("disabling")).isEqualTo(keys("disable"));
        assertThat(keys("users")).isEqualTo(keys("user")).isEqualTo(keys("user's"));
        assertThat(keys("entries")).isEqualTo(keys("entry"));
        assertThat(keys("access")).isNotEqualTo(keys("acces"));
        assertThat(keys("lync2013s")).isNotEqualTo(keys("lync2013"));
    }

    @Test
    void aForeignWordTheTranslationsKnowIsReadAsItsEnglishWord() {
        WordTranslations translations = new WordTranslations(new long[] {Features.wordKey("Kennwort")},
                new long[] {Features.wordKey("password")});
        List<Long> translated = new ArrayList<>();
        new Features(translations).read("KENNWORTS", (key, start, end) -> translated.add(key));

        assertThat(Features.wordKey("Kennwörter")).isEqualTo(Features.wordKey("kennworter"));
        assertThat(translated).isEqualTo(keys("passwords")).isNotEqualTo(keys("Kennworts"));
        assertThat(Features.wordKey("mot de passe")).isZero();
        assertThat(Features.wordKey("5061")).isZero();
    }

    @Test
    void aWordReadAgainIsTheFeatureItWasReadAsTheFirstTime() {
        WordTranslations translations = new WordTranslations(new long[] {Features.wordKey("Kennwort")},
                new long[] {Features.wordKey("password")});
        Features reader = new Features(translations);
        String text = "Kennwort disabled; users' Kennwort: disabling sip.contoso.com, Kennwort 5061";
        List<Long> first = new ArrayList<>();
        reader.read(text, (key, start, end) -> first.add(key));
        List<Long> again = new ArrayList<>();
        reader.read(text, (key, start, end) -> again.add(key));
        List<Long> fresh = new ArrayList<>();
        new Features(translations).read("Kennwort", (key, start, end) -> fresh.add(key));

        assertThat(again).isEqualTo(first);
        assertThat(first.get(0)).isEqualTo(first.get(4)).isEqualTo(first.get(9)).isEqualTo(fresh.get(0)).isEqualTo(keys("password").get(0));
        assertThat(first.get(1)).isEqualTo(first.get(6)).isEqualTo(keys("disable").get(0));
    }

    @Test
    void aPairIsNotTheSameFeatureAsAnyWord() {
        List<Long> pair = keys("sign in");
        assertThat(pair).hasSize(3).doesNotHaveDuplicates();
        assertThat(keys("sign")).containsExactly(pair.get(0));
    }
}
