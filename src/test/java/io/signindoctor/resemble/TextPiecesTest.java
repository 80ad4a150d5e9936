package io.signindoctor.resemble;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPiecesTest {

    private static List<String> pieces(String text) {
        TextPieces pieces = new TextPieces();
        pieces.cut(text.toCharArray(), text.length());
        List<String> found = new ArrayList<>();
        while (pieces.next()) {
            found.add(text.substring(pieces.start(), pieces.end()));
        }
        return found;
    }

    @Test
    void aTextIsCutAfterWhatEndsAPhraseAndAfterAFullStopThatEndsAWord() {
        assertThat(pieces("Pinged 10.59.253.198, nothing listens on 5060. Reported by the desk.\nUser (remote): no"))
                .containsExactly("Pinged 10.59.253.198,", " nothing listens on 5060.", " Reported by the desk.",
                        "\nUser (", "remote)", ": no");
    }

    @Test
    void aFullStopInsideAWordOrBeforeAnotherWordCharacterDoesNotEndAPiece() {
        assertThat(pieces("sip.contoso.com and v1.2 ..x")).containsExactly("sip.contoso.com and v1.2 ..x");
        assertThat(pieces("ends.")).containsExactly("ends.");
    }

    @Test
    void aPieceStartingWithWhatEndsAPhraseRunsOnToTheNextEnd() {
        assertThat(pieces("a,\n\nb")).containsExactly("a,", "\n\n", "b");
    }

    @Test
    void aPieceIsReadAsTheWholeTextReadsItThere() {
        String text = "Lync 2013 - user M. Dubois, laptop LT-3381 (loaner)\nErr on sign in: \"Cannot sign in\". "
                + "Set time via w32tm /resync after VPN up -> signed in.";
        Features reader = new Features(WordTranslations.NONE);
        List<String> whole = new ArrayList<>();
        reader.read(text, (key, start, end) -> whole.add(key + "@" + start + "-" + end));
        List<String> byPieces = new ArrayList<>();
        TextPieces pieces = new TextPieces();
        pieces.cut(text.toCharArray(), text.length());
        int count = 0;
        while (pieces.next()) {
            reader.read(text, pieces.start(), pieces.end(), (key, start, end) -> byPieces.add(key + "@" + start + "-"
                    + end));
            count++;
        }

        assertThat(count).isGreaterThan(5);
        assertThat(byPieces).isEqualTo(whole);
    }

    @Test
    void theSameCharactersHashAlikeWhereverTheyAre() {
        assertThat(hashes("x(no change.").get(1)).isEqualTo(hashes("no change.").get(0))
                .isNotEqualTo(hashes("no chance.").get(0));
    }

    private static List<Long> hashes(String text) {
        TextPieces pieces = new TextPieces();
        pieces.cut(text.toCharArray(), text.length());
        List<Long> hashes = new ArrayList<>();
        while (pieces.next()) {
            hashes.add(pieces.hash());
        }
        return hashes;
    }
}
