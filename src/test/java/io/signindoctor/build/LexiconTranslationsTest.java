package io.signindoctor.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.resemble.Features;
import io.signindoctor.resemble.WordTranslations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTranslationsTest {

    private static List<Long> keys(WordTranslations translations, String text) {
        List<Long> found = new ArrayList<>();
        new Features(translations).read(text, (key, start, end) -> found.add(key));
        return found;
    }

    @Test
    void oneWordFormsAndTheirElidedFormsAreReadAsTheirEnglishWordAndPhrasesAndNegationsAreNot(@TempDir Path root)
            throws IOException {
        Files.createDirectories(root.resolve("rules"));
        Files.writeString(root.resolve("rules/lexicon.yaml"), """
                languages:
                  fr:
                    elisions: [l]
                    words:
                      user: [utilisateur]
                      password: ["mot de passe"]
                  cs:
                    words:
                      work: [funguje]
                    negated:
                      work: [nefunguje]
                """);
        WordTranslations translations = LexiconTranslations.read(root);

        assertThat(translations.size()).isEqualTo(3);
        assertThat(keys(translations, "utilisateurs")).isEqualTo(keys(WordTranslations.NONE, "users"));
        assertThat(keys(translations, "l'utilisateur")).isEqualTo(keys(WordTranslations.NONE, "user"));
        assertThat(keys(translations, "nefunguje")).isEqualTo(keys(WordTranslations.NONE, "nefunguje"));
        assertThat(keys(translations, "passe")).isEqualTo(keys(WordTranslations.NONE, "passe"));
    }

    @Test
    void aFolderWithoutALexiconTranslatesNothing(@TempDir Path root) throws IOException {
        assertThat(LexiconTranslations.read(root)).isSameAs(WordTranslations.NONE);
    }
}
