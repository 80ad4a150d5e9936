package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.facts.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Events saved by Event Viewer as XML ("Save All Events As", XML) or printed by wevtutil: an {@code <Events>}
 * element of {@code <Event>} elements (wevtutil prints them without the {@code <Events>} around them), each with {@code System/Provider@Name}, {@code System/EventID}, the insertion strings in
 * {@code EventData/Data} and, when the export rendered them, the message in {@code RenderingInfo/Message}. No DTD
 * and no external entity is ever read: the file comes from a customer.
 */
final class EventXml implements LogLayout {


    /** What one event holds while it is read. */
    private static final class Event {
        private final int line;
        private String provider;
        private Integer eventId;
        private final StringBuilder data = new StringBuilder();
        private int dataLine;
        private String message;
        private int messageLine;

        Event(int line) {
            this.line = line;
        }

        EventRecord record() {
            boolean rendered = message != null && !message.isBlank();
            String text = rendered ? message : data.toString();
            return new EventRecord(line, provider, eventId, text.isBlank() ? null : text.strip(),
                    rendered ? messageLine : dataLine == 0 ? line : dataLine);
        }
    }

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) throws InvalidInputException {
        List<LogUnit> units = new ArrayList<>();
        String xml = rooted(String.join("\n", text.lines()));
        XMLStreamReader reader = null;
        Event event = null;
        try {
            reader = XmlStreams.open(xml);
            while (reader.hasNext()) {
                int kind = reader.next();
                if (kind == XMLStreamReader.START_ELEMENT) {
                    String name = reader.getLocalName();
                    int line = reader.getLocation().getLineNumber();
                    if (name.equals("Event")) {
                        event = new Event(line);
                    } else if (event != null) {
                        element(reader, name, line, event, text.file(), notes);
                    }
                } else if (kind == XMLStreamReader.END_ELEMENT && reader.getLocalName().equals("Event")
                        && event != null) {
                    units.add(event.record());
                    event = null;
                }
            }
        } catch (XMLStreamException broken) {
            int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNumber();
            String problem = "not well-formed XML: " + reason(broken.getMessage());
            if (units.isEmpty()) {
                throw text.problem(line, "", problem);
            }
            notes.accept(text.file() + ":" + line + ": " + problem + "; the " + units.size() + " events before it "
                    + "were read" + (event != null ? ", the event starting at line " + event.line + " was not" : ""));
        } finally {
            XmlStreams.close(reader);
        }
        return units;
    }

    /**
     * The text with one root: wevtutil qe /f:xml (and Get-WinEvent's ToXml()) print the events one after another with
     * no {@code <Events>} around them, which is a sequence of documents rather than one. An XML declaration, and any
     * text before the first element, is blanked out rather than cut, so that every line keeps its number.
     */
    private static String rooted(String xml) {
        int first = firstElement(xml);
        if (first < 0 || xml.startsWith("<Events", first)) {
            return xml;
        }
        StringBuilder rooted = new StringBuilder(xml.length() + 20);
        for (int i = 0; i < first; i++) {
            rooted.append(xml.charAt(i) == '\n' ? '\n' : ' ');
        }
        return rooted.append("<Events>").append(xml, first, xml.length()).append("</Events>").toString();
    }

    /** Where the first element starts, past any declaration, comment or processing instruction; -1 if none. */
    private static int firstElement(String xml) {
        int at = xml.indexOf('<');
        while (at >= 0 && at + 1 < xml.length() && (xml.charAt(at + 1) == '?' || xml.charAt(at + 1) == '!')) {
            at = xml.indexOf('<', at + 1);
        }
        return at;
    }

    private static void element(XMLStreamReader reader, String name, int line, Event event, String file,
            Consumer<String> notes) throws XMLStreamException {
        switch (name) {
            case "Provider" -> {
                String provider = reader.getAttributeValue(null, "Name");
                if (provider != null && !provider.isEmpty()) {
                    event.provider = provider;
                }
            }
            case "EventID" -> event.eventId = EventIds.parse(reader.getElementText(), file + ":" + line, notes);
            case "Data" -> {
                String value = reader.getElementText();
                if (!value.isBlank()) {
                    event.dataLine = event.dataLine == 0 ? line : event.dataLine;
                    event.data.append(event.data.isEmpty() ? "" : "\n").append(value);
                }
            }
            case "Message" -> {
                event.message = reader.getElementText();
                event.messageLine = line;
            }
            default -> {
                // the other elements (level, time, computer, keywords) say nothing the rules read
            }
        }
    }

    /** The parser's reason without the position it prefixes (the position is cited as file:line). */
    private static String reason(String message) {
        String text = String.valueOf(message);
        int cut = text.indexOf('\n');
        return (cut < 0 ? text : text.substring(cut + 1)).replaceFirst("^\\s*Message:\\s*", "")
                .replaceAll("\\s+", " ").trim();
    }
}
