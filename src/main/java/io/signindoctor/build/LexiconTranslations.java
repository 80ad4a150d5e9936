package io.signindoctor.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.signindoctor.kbfiles.KnowledgeFiles.Catalogue;
import io.signindoctor.resemble.Features;
import io.signindoctor.resemble.WordTranslations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The translations the resemblance model reads foreign words with, from the reading catalogues' translation lexicon
 * (rules/lexicon.yaml): every one-word form a language gives an English word, and the form with each of the language's
 * elided articles joined to it (French l'utilisateur), read as that English word. Phrases ("mot de passe") are left to
 * the reading catalogues: the model reads words and pairs of words, and a phrase's last word alone may mean something
 * else. Forms that mean the negation of a word are left out too, since the model has no feature for "not". The first
 * meaning the file gives a form is kept, as the catalogues keep it (kb validate refuses a second).
 */
final class LexiconTranslations {

    private LexiconTranslations() {
    }

    static WordTranslations read(Path root) throws IOException {
        Path file = root.resolve("rules").resolve(Catalogue.LEXICON);
        if (!Files.exists(file)) {
            return WordTranslations.NONE;
        }
        JsonNode lexicon = new YAMLMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        Map<Long, Long> translations = new TreeMap<>();
        lexicon.path("languages").forEach(language -> {
            JsonNode elisions = language.path("elisions");
            language.path("words").fields().forEachRemaining(meaning -> {
                long english = Features.wordKey(meaning.getKey());
                if (english == 0) {
                    return;
                }
                meaning.getValue().forEach(form -> {
                    put(translations, form.asText(), english);
                    elisions.forEach(elision -> put(translations, elision.asText() + "'" + form.asText(), english));
                });
            });
        });
        long[] from = new long[translations.size()];
        long[] to = new long[translations.size()];
        int k = 0;
        for (Map.Entry<Long, Long> translation : translations.entrySet()) {
            from[k] = translation.getKey();
            to[k++] = translation.getValue();
        }
        return new WordTranslations(from, to);
    }

    private static void put(Map<Long, Long> translations, String form, long english) {
        long foreign = Features.wordKey(form);
        if (foreign != 0 && foreign != english) {
            translations.putIfAbsent(foreign, english);
        }
    }
}
