package io.signindoctor.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * IPv4 addresses, versions and DWORDs are checked in one pass over their characters; they accept what the formats'
 * definitions, written as regular expressions here, accept, and nothing else.
 */
class DottedNumbersTest {

    private static final Pattern IPV4 = Pattern.compile(
            "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern VERSION = Pattern.compile("\\d{1,5}(\\.\\d{1,5}){1,3}");
    private static final Pattern DWORD = Pattern.compile("0[xX][0-9a-fA-F]{1,8}");

    @Provide
    Arbitrary<String> dottedNumbers() {
        return Arbitraries.strings().withChars("0123456789.xXaF-").ofMaxLength(24);
    }

    @Property(tries = 3000, seed = "20261202")
    void anIpv4AddressIsWhatItsDefinitionSays(@ForAll("dottedNumbers") String text) {
        assertThat(HostNames.isIpv4(text)).as(text).isEqualTo(IPV4.matcher(text).matches());
    }

    @Property(tries = 3000, seed = "20261202")
    void aVersionIsWhatItsDefinitionSays(@ForAll("dottedNumbers") String text) {
        assertThat(ValueFormat.VERSION.accepts(text)).as(text).isEqualTo(VERSION.matcher(text).matches());
    }

    @Property(tries = 3000, seed = "20261202")
    void aDwordIsWhatItsDefinitionSays(@ForAll("dottedNumbers") String text) {
        assertThat(ValueFormat.DWORD.accepts(text)).as(text).isEqualTo(DWORD.matcher(text).matches());
    }

    @Property(tries = 1000, seed = "20261202")
    void addressesWrittenOutAreAccepted(@ForAll("parts") int a, @ForAll("parts") int b, @ForAll("parts") int c,
            @ForAll("parts") int d) {
        assertThat(HostNames.isIpv4(a + "." + b + "." + c + "." + d)).isTrue();
        assertThat(HostNames.isIpv4(a + "." + b + "." + c + "." + (d + 256))).isFalse();
    }

    @Provide
    Arbitrary<Integer> parts() {
        return Arbitraries.integers().between(0, 255);
    }
}
