package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which DNS name a status in lookup output reports on. */
class StatusLabelsTest {

    /** Whether the status starting at the first occurrence of a word, ending at another, names another name than value. */
    private static boolean namesAnother(String written, String statusFirst, String statusLast, String value) {
        NormalisedText text = NormalisedText.of(written);
        List<Token> tokens = Lexer.tokens(text);
        return StatusLabels.namesAnother(text, tokens, index(tokens, statusFirst), index(tokens, statusLast),
                index(tokens, value));
    }

    private static int index(List<Token> tokens, String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).text().equalsIgnoreCase(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in the text");
    }

    @Test
    void aStatusLabelledByOneNameIsNotTheNextCommandsName() {
        String output = "nslookup lyncdiscover.contoso.com -> Non-existent domain\n"
                + "nslookup -type=SRV _sipinternaltls._tcp.contoso.com\n";
        assertThat(namesAnother(output, "non", "domain", "_sipinternaltls._tcp.contoso.com")).isTrue();
    }

    @Test
    void cantFindNamesTheNameAfterIt() {
        String output = "nslookup -type=SRV _sipinternaltls._tcp.contoso.com\n"
                + "*** dc01 can't find lyncdiscover.contoso.com: Non-existent domain\n";
        assertThat(namesAnother(output, "can't", "find", "_sipinternaltls._tcp.contoso.com")).isTrue();
        assertThat(namesAnother(output, "can't", "find", "lyncdiscover.contoso.com")).isFalse();
    }

    @Test
    void aWordRelatingTwoNamesIsNoStatus() {
        String line = "lyncdiscover.contoso.com: CNAME to webext.hosting.net\n";
        assertThat(namesAnother(line, "cname", "cname", "webext.hosting.net")).isFalse();
    }

    @Test
    void aValueThatIsNoDnsNameIsNeverAnothersStatus() {
        String line = "FE: NtlmMinServerSec 0x20080030\n";
        assertThat(namesAnother(line, "ntlmminserversec", "ntlmminserversec", "0x20080030")).isFalse();
    }
}
