package io.signindoctor.artifacts;

import io.signindoctor.extract.Extracted;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.Fact;
import io.signindoctor.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a ticket, an e-mail or pasted notes as written (gather --text). Unlike a log, such a text has no records:
 * the whole of it goes to the extraction engine at once, so that a sentence broken across lines is still one
 * sentence, and each fact cites the line its words start on.
 */
public final class TicketText {

    private final Consumer<String> notes;
    private final TextExtractor extractor;

    public TicketText(Consumer<String> notes, TextExtractor extractor) {
        this.notes = notes;
        this.extractor = extractor;
    }

    /** The distinct facts the text states; a text with none gets a note rather than an error. */
    public List<Fact> read(Path path) throws InvalidInputException {
        ExportedText text = ExportedText.read(path);
        List<Extracted> found = new ArrayList<>();
        extractor.extract(text.file(), String.join("\n", text.lines()), Source.file(text.file(), 1), found,
                new HashSet<>());
        if (found.isEmpty()) {
            notes.accept("nothing recognised in " + text.file());
        }
        return found.stream().map(Extracted::fact).toList();
    }
}
