package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How the lexer cuts a text into words and values. */
class LexerTest {

    private static List<String> words(String written) {
        return Lexer.tokens(NormalisedText.of(written)).stream().map(Token::text).toList();
    }

    @Test
    void anArrowIsAWordOfItsOwnWithOrWithoutSpaces() {
        assertThat(words("_sipinternaltls._tcp.contoso.com -> 0 0 5061 pool.contoso.com"))
                .containsExactly("_sipinternaltls._tcp.contoso.com", "->", "0", "0", "5061", "pool.contoso.com");
        assertThat(words("SRV->pool.contoso.com")).containsExactly("srv", "->", "pool.contoso.com");
    }

    @Test
    void aCapitalisedWordBeforeARegistryKeyIsWhatWasDoneToItNotPartOfItsName() {
        assertThat(words("Removed HKCU\\Software\\Microsoft\\Office\\16.0\\Lync\\jdoe@contoso.com. Signed in."))
                .startsWith("removed", "hkcu\\software\\microsoft\\office\\16.0\\lync\\jdoe@contoso.com");
        assertThat(words("Local Settings\\Application Data\\Microsoft")).hasSize(1);
    }

    @Test
    void aHyphenThatStartsNoArrowStaysInsideItsWord() {
        assertThat(words("sign-in fails on lync-fe2")).doesNotContain("->");
    }
}
