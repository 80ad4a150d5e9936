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
 * Reads a client log: an Event Viewer export (text or CSV, as "Save As" writes them) or a Communicator trace. The
 * words are read by the same engine as ticket text (the catalogues in rules/), so a message, a code or a setting is
 * recognised in a log exactly as in a ticket, and no reader keeps its own copy of the client's wording.
 */
public final class ClientLogReader {

    private static final String EVTX_MAGIC = "ElfFile";

    private final Consumer<String> notes;
    private final TextExtractor extractor;

    public ClientLogReader(Consumer<String> notes, TextExtractor extractor) {
        this.notes = notes;
        this.extractor = extractor;
    }

    /**
     * The distinct facts in the file, each citing the first line it appears on: the client retries every few
     * seconds, and one fact per distinct failure is what the rules need.
     */
    public List<Fact> read(Path path) throws InvalidInputException {
        ExportedText text = ExportedText.read(path);
        if (text.line(1).startsWith(EVTX_MAGIC)) {
            throw text.problem(0, "", "a binary .evtx event log; in Event Viewer use Save All Events As and choose "
                    + "Text or CSV");
        }
        List<Extracted> found = new ArrayList<>();
        extractor.extract(text.file(), String.join("\n", text.lines()), Source.file(text.file(), 1), found,
                new HashSet<>());
        if (found.isEmpty()) {
            notes.accept("nothing recognised in " + text.file());
        }
        return found.stream().map(Extracted::fact).toList();
    }
}
