package io.signindoctor.artifacts;

import io.signindoctor.artifacts.logs.LogFacts;
import io.signindoctor.artifacts.logs.LogFormat;
import io.signindoctor.artifacts.logs.LogUnit;
import io.signindoctor.extract.TextExtractor;
import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.Fact;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a client log in whichever format it came (Event Viewer XML, CSV or text, events copied as text, a
 * Communicator or Lync client log, a SIP trace), found from its content, and returns the facts its records state.
 * The wording of messages is left to the extraction engine, so that a log line and a ticket are read alike.
 */
public final class ClientLogReader {

    private static final List<String> EVENT_LOG_MAGIC = List.of("ElfFile", "ElfChnk");
    private static final String OLD_EVENT_LOG_MAGIC = "LfLe";

    private final LogFacts logFacts;
    private final Consumer<String> notes;

    public ClientLogReader(Consumer<String> notes, TextExtractor extractor) {
        this.logFacts = new LogFacts(extractor);
        this.notes = notes;
    }

    /**
     * The facts in the file. A file in no known format, or with nothing the tool recognises, yields no fact and a
     * note; only a file that cannot be a log at all (a binary event log, unreadable bytes) is an error.
     */
    public List<Fact> read(ArtifactInput input) throws InvalidInputException {
        ExportedText text = ExportedText.of(input);
        refuseBinary(text);
        LogFormat format = LogFormat.detect(text);
        List<LogUnit> units = format.read(text, notes);
        List<Fact> facts = logFacts.facts(text.file(), units);
        if (facts.isEmpty()) {
            notes.accept("nothing recognised in " + text.file() + " (read as " + format.description() + ", "
                    + units.size() + " records)");
        } else {
            notes.accept(text.file() + ": read as " + format.description() + ", " + units.size() + " records, "
                    + facts.size() + " facts");
        }
        return facts;
    }

    private static void refuseBinary(ExportedText text) throws InvalidInputException {
        String start = String.join("\n", text.lines().subList(0, Math.min(text.lines().size(), 40)));
        boolean evtx = EVENT_LOG_MAGIC.stream().anyMatch(start::startsWith);
        if (evtx || start.length() >= 8 && start.startsWith(OLD_EVENT_LOG_MAGIC, 4)) {
            throw text.problem(0, "", "a binary " + (evtx ? ".evtx" : ".evt") + " event log; in Event Viewer use Save "
                    + "All Events As and choose XML, CSV or Text");
        }
        text.refuseBinary("a text log", "an Event Viewer export (XML, CSV or Text), a client log or a SIP trace");
    }
}
