package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.artifacts.ShellPrompt;
import io.signindoctor.facts.InvalidInputException;
import java.util.List;
import java.util.function.Consumer;
import com.google.re2j.Pattern;

/**
 * The formats a client log comes in, told apart by content: engineers rename files, paste exports into .txt files
 * and attach traces as .log, so a file's name says little about what is in it.
 */
public enum LogFormat {
    POWERSHELL_XML("PowerShell events as XML (Export-Clixml, ConvertTo-Xml)", new PowerShellXml()),
    EVENT_XML("Event Viewer XML export", new EventXml()),
    EVENT_JSON("PowerShell events as JSON (ConvertTo-Json)", new EventJson()),
    EVENT_TEXT("Event Viewer events copied as text", new EventTextBlocks()),
    EVENT_CSV("Event Viewer or PowerShell CSV export", new EventTable(',')),
    EVENT_TABBED("Event Viewer text export (tab-separated)", new EventTable('\t')),
    POWERSHELL_EVENTS("PowerShell events (Get-WinEvent, Get-EventLog)", new PowerShellEvents()),
    SERVER_TRACE("server SIP stack trace (OCSLogger)", new ServerTrace()),
    CLIENT_TRACE("Communicator or Lync client log", new ClientTrace()),
    SIP_TRACE("SIP trace", new SipTrace()),
    PLAIN_TEXT("plain text", new PlainText());

    /** How far into a file its format shows: headers and the first records are all within this many lines. */
    private static final int LOOK_AHEAD = 200;
    private static final Pattern XML_START = Pattern.compile("^\\s*(<\\?xml|<Events[\\s>]|<Event[\\s>]).*");

    private final String description;
    private final LogLayout layout;

    LogFormat(String description, LogLayout layout) {
        this.description = description;
        this.layout = layout;
    }

    public String description() {
        return description;
    }

    /** The file's records in this format; notes say what was skipped or cut off. */
    public List<LogUnit> read(ExportedText text, Consumer<String> notes) throws InvalidInputException {
        return layout.units(text, notes);
    }

    /** The format of the text, from its first lines; plain text when none is recognised. */
    public static LogFormat detect(ExportedText text) {
        int limit = Math.min(text.lines().size(), LOOK_AHEAD);
        String first = firstNonBlank(text, limit);
        if (PowerShellXml.recognises(first + "\n" + nextNonBlank(text, limit, first))) {
            return POWERSHELL_XML;
        }
        if (XML_START.matcher(first).matches()) {
            return EVENT_XML;
        }
        if (EventJson.recognises(text, limit)) {
            return EVENT_JSON;
        }
        char separator = EventTable.separatorOf(first);
        if (separator == 0 && EventTable.isTypeLine(first)) {
            separator = EventTable.separatorOf(nextNonBlank(text, limit, first));
        }
        if (separator == '\t' || separator == 0 && EventTable.isOldStyleRow(first) && !first.contains(",")) {
            return EVENT_TABBED;
        }
        if (separator != 0 || EventTable.isOldStyleRow(first)) {
            return EVENT_CSV;
        }
        for (int number = 1; number <= limit; number++) {
            String line = text.line(number);
            if (line.contains(ServerTrace.BEGIN)) {
                return SERVER_TRACE;
            }
            if (EventTextBlocks.BLOCK_START.matcher(line).matches()) {
                return EVENT_TEXT;
            }
            if (ClientTrace.ENTRY.matcher(line).matches()) {
                return CLIENT_TRACE;
            }
        }
        for (int number = 1; number <= limit; number++) {
            if (PowerShellEvents.recognises(text.line(number))
                    || number < limit && PowerShellEvents.recognisesTable(text.line(number), text.line(number + 1))) {
                return POWERSHELL_EVENTS;
            }
        }
        for (int number = 1; number <= limit; number++) {
            if (SipMessage.isStartLine(text.line(number))) {
                return SIP_TRACE;
            }
        }
        return PLAIN_TEXT;
    }

    private static String nextNonBlank(ExportedText text, int limit, String after) {
        boolean passed = false;
        for (int number = 1; number <= limit; number++) {
            String line = text.line(number);
            if (passed && !line.isBlank()) {
                return line;
            }
            passed |= line.equals(after);
        }
        return "";
    }

    /** The first line of output: not blank, and not the command typed above it. */
    private static String firstNonBlank(ExportedText text, int limit) {
        for (int number = 1; number <= limit; number++) {
            if (!text.line(number).isBlank() && !ShellPrompt.isCommand(text.line(number))) {
                return text.line(number);
            }
        }
        return "";
    }
}
