package io.signindoctor.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.signindoctor.facts.FactsSchema;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.facts.Vocabulary;
import io.signindoctor.kbfiles.PackagedFile;
import io.signindoctor.kbfiles.TextFile;
import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Texts in other languages read through the translation lexicon, and a lexicon that would misread is refused. */
class LexiconTest {

    private static final Vocabulary VOCABULARY = FactsSchema.builtIn().vocabulary();
    private static final String READING = """
            negators: [not, "no", cannot]
            readings:
              - id: RD-001
                name: Sign-in fails
                cues: [[login]]
                polarity: negated
                facts: [{fact: symptom.sign-in, value: fails}]
              - id: RD-002
                name: The password expired
                cues: [[password], [expired]]
                facts: [{fact: account.password-expired, value: "true"}]
            """;
    private static final String LEXICON = """
            languages:
              de:
                words:
                  login: [anmelden]
                  not: [nicht]
                  password: [kennwort]
                  expired: [abgelaufen]
              fr:
                elisions: [l]
                words:
                  login: [connecter]
                  not: [pas]
                  password: ["mot de passe"]
              cs:
                negating-prefix: ne
                words:
                  login: [přihlásí]
            """;

    private static List<String> facts(String lexicon, String text) throws InvalidInputException {
        TextExtractor extractor = new TextExtractor(read(lexicon));
        List<Extracted> found = new ArrayList<>();
        extractor.extract("text", text, Source.text("queue.csv", 1), found, new HashSet<>());
        return found.stream().map(extracted -> extracted.fact().describe()).toList();
    }

    @Test
    void aForeignWordReadsAsItsEnglishWordWithTheNegationWhereTheLanguagePutsIt() throws InvalidInputException {
        assertThat(facts(LEXICON, "Er kann sich seit Montag nicht anmelden.")).contains("symptom.sign-in = fails");
        assertThat(facts(LEXICON, "Elle ne peut pas se connecter.")).contains("symptom.sign-in = fails");
        assertThat(facts(LEXICON, "Uživatel se nepřihlásí.")).contains("symptom.sign-in = fails");
        assertThat(facts(LEXICON, "Uzivatel se neprihlasi.")).contains("symptom.sign-in = fails");
        assertThat(facts(LEXICON, "Er kann sich anmelden.")).doesNotContain("symptom.sign-in = fails");
    }

    /** French "expiré" needs no entry: with its accent folded it is the English word's stem. */
    @Test
    void aPhraseMeansItsEnglishWordOnlyWhole() throws InvalidInputException {
        assertThat(facts(LEXICON, "Le mot de passe a expiré.")).contains("account.password-expired = true");
        assertThat(facts(LEXICON, "Le passe a expiré.")).doesNotContain("account.password-expired = true");
        assertThat(facts(LEXICON, "Das Kennwort ist abgelaufen.")).contains("account.password-expired = true");
    }

    @Test
    void withoutALexiconTheForeignWordsMeanNothing() throws InvalidInputException {
        assertThat(facts("languages: {}", "Das Kennwort ist abgelaufen.")).isEmpty();
    }

    @Test
    void aTranslationThatWouldChangeEnglishOrMeansTwoThingsIsRefusedAtItsLine() {
        String lexicon = """
                languages:
                  it:
                    words:
                      password: [password]
                      login: [accedere]
                  es:
                    words:
                      expired: [accedere]
                      nosuchword: [palabra]
                """;
        assertThatThrownBy(() -> read(lexicon)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.getProblems()).map(Object::toString).anySatisfy(problem -> assertThat(
                        problem).contains("rules/lexicon.yaml:4", "already a word the catalogues"))
                        .anySatisfy(problem -> assertThat(problem).contains("rules/lexicon.yaml:8",
                                "already means 'login'"))
                        .anySatisfy(problem -> assertThat(problem).contains("rules/lexicon.yaml:9",
                                "'nosuchword' is not one")));
    }

    private static PatternCatalog read(String lexicon) throws InvalidInputException {
        return PatternCatalog.read(List.of(new TextFile(PatternCatalog.READING, READING),
                new TextFile(PatternCatalog.MESSAGES, PackagedFile.read(PatternCatalog.MESSAGES)),
                new TextFile(PatternCatalog.CODES, PackagedFile.read(PatternCatalog.CODES)),
                new TextFile("rules/lexicon.yaml", lexicon)), VOCABULARY);
    }
}
