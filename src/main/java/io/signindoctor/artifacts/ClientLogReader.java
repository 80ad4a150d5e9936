package io.signindoctor.artifacts;

import io.signindoctor.facts.InvalidInputException;
import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.Source;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the client events the knowledge base reasons about in a client log: an Event Viewer export (text or CSV, as
 * "Save As" writes them) or a Communicator trace. Messages are matched by their wording wherever they stand on a
 * line, because every export format puts the date, level and source columns differently around the same text.
 */
public final class ClientLogReader {

    private static final Pattern CONNECT_FAILURE = Pattern.compile(
            "(?i)failed to connect to server\\s+([A-Za-z0-9_.:\\[\\]-]+?)\\s*(?:\\([^)]*\\))?\\s*on port\\s+(\\d{1,5})"
                    + "\\s+due to error\\s+(\\d+)");
    private static final Pattern NAME_MISMATCH = Pattern.compile("(?i)did not match the expected host\\s?name");
    private static final Pattern EXPECTED_HOST = Pattern.compile(
            "(?i)expected host\\s?name\\s*[:(]?\\s*([A-Za-z0-9\\[][A-Za-z0-9_.:\\[\\]-]*)"
                    + "|connect securely to server\\s+([A-Za-z0-9\\[][A-Za-z0-9_.:\\[\\]-]*)");
    private static final Pattern PRESENTED_HOST = Pattern.compile(
            "(?i)presented by the server\\s*\\(([A-Za-z0-9_.*:\\[\\]-]+)\\)");
    private static final Pattern ACCESS_DENIED = Pattern.compile(
            "(?i)access (is )?denied|0x80070005|E_ACCESSDENIED|ERROR_ACCESS_DENIED");
    private static final Pattern PROFILE_PATH = Pattern.compile(
            "(?i)[A-Z]:\\\\[^\\t\"\\r\\n,;:<>|?*]*?\\\\(?:Application Data|AppData\\\\Local)\\\\Microsoft(?:\\\\[^\\\\\\s\"\\t,;:<>|?*]+)*");
    private static final String EVTX_MAGIC = "ElfFile";

    private final Consumer<String> notes;

    public ClientLogReader(Consumer<String> notes) {
        this.notes = notes;
    }

    /**
     * The distinct events in the file, each citing the first line it appears on: the client retries every few
     * seconds, and one fact per distinct failure is what the rules need.
     */
    public List<ClientEvent> read(Path path) throws InvalidInputException {
        ExportedText text = ExportedText.read(path);
        if (text.line(1).startsWith(EVTX_MAGIC)) {
            throw text.problem(0, "", "a binary .evtx event log; in Event Viewer use Save All Events As and choose "
                    + "Text or CSV");
        }
        List<ClientEvent> events = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int number = 1; number <= text.lines().size(); number++) {
            String line = text.line(number);
            Source source = Source.file(text.file(), number);
            for (ClientEvent event : eventsOn(line, source)) {
                if (seen.add(event.describe())) {
                    events.add(event);
                }
            }
        }
        return events;
    }

    private List<ClientEvent> eventsOn(String line, Source source) {
        List<ClientEvent> events = new ArrayList<>();
        Matcher failure = CONNECT_FAILURE.matcher(line);
        if (failure.find()) {
            events.add(ClientEvent.of(ClientEvent.CONNECT_FAILURE, source).server(failure.group(1))
                    .port(Integer.valueOf(failure.group(2))).code(Integer.valueOf(failure.group(3)))
                    .text(message(line, failure.start())).build());
        }
        Matcher mismatch = NAME_MISMATCH.matcher(line);
        if (mismatch.find()) {
            Matcher expected = EXPECTED_HOST.matcher(line);
            if (expected.find()) {
                Matcher presented = PRESENTED_HOST.matcher(line);
                events.add(ClientEvent.of(ClientEvent.CERTIFICATE_NAME_MISMATCH, source)
                        .expectedHost(host(expected.group(1) != null ? expected.group(1) : expected.group(2)))
                        .presentedHost(presented.find() ? host(presented.group(1)) : null)
                        .text(message(line, 0)).build());
            } else {
                notes.accept(source + ": a certificate name mismatch that names no expected host; not used");
            }
        }
        if (ACCESS_DENIED.matcher(line).find()) {
            Matcher path = PROFILE_PATH.matcher(line);
            if (path.find()) {
                events.add(ClientEvent.of(ClientEvent.ACCESS_DENIED, source).path(path.group())
                        .text(message(line, 0)).build());
            }
        }
        return events;
    }

    /** A host name as logged, without the sentence's closing full stop. */
    private static String host(String logged) {
        return logged.endsWith(".") ? logged.substring(0, logged.length() - 1) : logged;
    }

    /** The message from where it starts to the end of the line, without the quotes a CSV export adds. */
    private static String message(String line, int start) {
        return line.substring(start).trim().replaceAll("^\"+|\"+$", "").trim();
    }
}
