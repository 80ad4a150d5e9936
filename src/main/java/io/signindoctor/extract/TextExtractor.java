package io.signindoctor.extract;

import io.signindoctor.model.Source;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the facts a text states, with the catalogues: values first, then their roles from cue words in the same
 * sentence, statements from cue words in one clause with their negation, the client's known messages by how much of
 * them is there, and the error codes with what they are evidence for. Built once from the catalogues and stateless
 * afterwards, so threads share it. A fact stated twice in one incident (the same error quoted in the description
 * and in the work notes) is kept once, at its first mention, so the output lists what the text says, not how often.
 */
public final class TextExtractor {

    /**
     * A cue phrase of a reading, by the stem of its first word: the reading, its group (-1 for unless); an irrealis
     * phrase has reading -1.
     */
    record CueRef(int reading, int group, String[] phrase) {
    }

    /** A sentence of a known message that contains a stem. */
    record MessageRef(int message, int sentence) {
    }

    private final PatternCatalog catalog;
    private final Map<String, List<CueRef>> cues = new HashMap<>();
    private final Map<String, List<MessageRef>> messageWords = new HashMap<>();
    private final Map<String, ErrorCode> codeNames = new HashMap<>();

    public TextExtractor(PatternCatalog catalog) {
        this.catalog = catalog;
        List<Reading> readings = catalog.readings();
        for (int r = 0; r < readings.size(); r++) {
            Reading reading = readings.get(r);
            for (int g = 0; g < reading.cues().size(); g++) {
                for (String[] phrase : reading.cues().get(g)) {
                    index(new CueRef(r, g, phrase));
                }
            }
            for (String[] phrase : reading.unless()) {
                index(new CueRef(r, -1, phrase));
            }
        }
        List<KnownMessage> messages = catalog.messages();
        for (int m = 0; m < messages.size(); m++) {
            for (int s = 0; s < messages.get(m).sentences().size(); s++) {
                for (String stem : messages.get(m).sentences().get(s)) {
                    messageWords.computeIfAbsent(stem, key -> new ArrayList<>()).add(new MessageRef(m, s));
                }
            }
        }
        for (String[] phrase : catalog.irrealis()) {
            index(new CueRef(-1, -2, phrase));
        }
        for (ErrorCode code : catalog.codes()) {
            code.names().forEach(name -> codeNames.put(name, code));
        }
    }

    private void index(CueRef ref) {
        if (ref.phrase().length > 0) {
            cues.computeIfAbsent(ref.phrase()[0], key -> new ArrayList<>()).add(ref);
        }
    }

    /**
     * Adds to found what the field's text states; seen holds the facts already known (by their description) and is
     * updated. The source is where the field starts; each fact's source names the line its words are on.
     */
    public void extract(String field, String text, Source source, List<Extracted> found, Set<String> seen) {
        if (text == null || text.isBlank()) {
            return;
        }
        new TextReading(this, field, NormalisedText.of(text), source, found, seen).read();
    }

    PatternCatalog catalog() {
        return catalog;
    }

    List<CueRef> cuesStartingWith(String stem) {
        return cues.getOrDefault(stem, List.of());
    }

    List<MessageRef> messagesWith(String stem) {
        return messageWords.getOrDefault(stem, List.of());
    }

    ErrorCode codeNamed(String word) {
        return codeNames.get(word);
    }
}
