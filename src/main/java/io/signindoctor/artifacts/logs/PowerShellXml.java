package io.signindoctor.artifacts.logs;

import io.signindoctor.artifacts.ExportedText;
import io.signindoctor.facts.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Events PowerShell wrote as XML objects rather than as event XML: Export-Clixml ({@code <Objs>} of {@code <Obj>},
 * each property an element named by its type with the property's name in {@code N}, as {@code <S N="Message">}) and
 * ConvertTo-Xml ({@code <Objects>} of {@code <Object>}, each property a {@code <Property Name="Id">}). The property
 * names are the objects' own (ProviderName or Source, Id or EventID or InstanceId, Message), so one table of names
 * reads both; objects nested inside an event (its Properties list) are not events and are skipped. Export-Clixml
 * writes a string's control characters as {@code _xHHHH_} (a line break is {@code _x000D__x000A_}); they are
 * decoded. No DTD and no external entity is ever read.
 */
final class PowerShellXml implements LogLayout {

    /** The elements that hold objects or collections: what is inside one nested in an event is not the event's. */
    private static final java.util.Set<String> OBJECT = java.util.Set.of("Obj", "Object", "LST", "DCT", "STK",
            "QUE", "IE");
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final Pattern ROOT = Pattern.compile("^\\s*(?:<\\?xml[^>]*>\\s*)?<(Objs|Objects)[\\s>].*");

    /** Whether the text starts as PowerShell's object XML does: its root element, after any declaration. */
    static boolean recognises(String firstLines) {
        return ROOT.matcher(firstLines.replace('\n', ' ')).matches();
    }

    @Override
    public List<LogUnit> units(ExportedText text, Consumer<String> notes) throws InvalidInputException {
        List<LogUnit> units = new ArrayList<>();
        Map<String, String> properties = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int depth = 0;
        int objectLine = 0;
        String property = null;
        int propertyLine = 0;
        int inside = 0;
        StringBuilder value = new StringBuilder();
        XMLStreamReader reader = null;
        try {
            reader = XmlStreams.open(String.join("\n", text.lines()));
            while (reader.hasNext()) {
                int kind = reader.next();
                if (kind == XMLStreamReader.START_ELEMENT) {
                    String name = reader.getLocalName();
                    if (property != null) {
                        inside++;
                    } else if (OBJECT.contains(name)) {
                        depth++;
                        objectLine = depth == 1 ? reader.getLocation().getLineNumber() : objectLine;
                    } else if (depth == 1 && !name.equals("Props") && !name.equals("MS")) {
                        property = propertyName(reader, name);
                        propertyLine = reader.getLocation().getLineNumber();
                        inside = 0;
                        value.setLength(0);
                    }
                } else if (kind == XMLStreamReader.CHARACTERS && property != null && inside == 0) {
                    value.append(reader.getText());
                } else if (kind == XMLStreamReader.END_ELEMENT) {
                    if (property != null && inside > 0) {
                        inside--;
                    } else if (property != null) {
                        if (!property.isEmpty() && !properties.containsKey(property) && value.length() > 0) {
                            properties.put(property, decoded(value.toString()));
                            lines.put(property, propertyLine);
                        }
                        property = null;
                    } else if (OBJECT.contains(reader.getLocalName()) && --depth == 0) {
                        event(properties, lines, objectLine, text.file(), notes).ifPresent(units::add);
                        properties.clear();
                        lines.clear();
                    }
                }
            }
        } catch (XMLStreamException broken) {
            int line = broken.getLocation() == null ? 0 : broken.getLocation().getLineNumber();
            if (units.isEmpty()) {
                throw text.problem(line, "", "not well-formed XML: " + String.valueOf(broken.getMessage())
                        .replaceAll("\\s+", " ").trim());
            }
            notes.accept(text.file() + ":" + line + ": not well-formed XML; the " + units.size()
                    + " events before it were read");
        } finally {
            XmlStreams.close(reader);
        }
        return units;
    }

    /**
     * The property an element holds: Export-Clixml names it in N, ConvertTo-Xml in a Property's Name. The property
     * lists (Props, MS) are looked into; what else holds no name (TN, ToString) is read as a property of no name,
     * whose text is dropped.
     */
    private static String propertyName(XMLStreamReader reader, String element) {
        String name = element.equals("Property") ? reader.getAttributeValue(null, "Name")
                : reader.getAttributeValue(null, "N");
        return name == null ? "" : name;
    }

    private static java.util.Optional<LogUnit> event(Map<String, String> properties, Map<String, Integer> lines,
            int objectLine, String file, Consumer<String> notes) {
        List<String> names = new ArrayList<>(properties.keySet());
        EventColumns columns = EventColumns.of(names);
        if (columns == null) {
            return java.util.Optional.empty();
        }
        List<String> values = new ArrayList<>(properties.values());
        String idName = names.get(columns.eventId());
        Integer id = columns.eventId(values.get(columns.eventId()), file + ":" + lines.get(idName), notes);
        boolean hasMessage = columns.message() < names.size();
        String message = hasMessage ? values.get(columns.message()) : null;
        int messageLine = hasMessage ? lines.get(names.get(columns.message())) : objectLine;
        return java.util.Optional.of(new EventRecord(objectLine, values.get(columns.source()), id,
                message == null || message.isBlank() ? null : message.strip(), messageLine));
    }

    /** A CliXml string with its escaped control characters restored. */
    private static String decoded(String value) {
        Matcher escaped = ESCAPED.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        int from = 0;
        while (escaped.find()) {
            out.append(value, from, escaped.start()).append((char) Integer.parseInt(escaped.group(1), 16));
            from = escaped.end();
        }
        return out.append(value, from, value.length()).toString().replace("\r\n", "\n");
    }
}
