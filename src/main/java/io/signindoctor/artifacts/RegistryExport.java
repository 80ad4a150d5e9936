package io.signindoctor.artifacts;

import io.signindoctor.facts.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * A registry export as regedit writes it ("Windows Registry Editor Version 5.00" or "REGEDIT4"). Anything that is not
 * regedit's syntax is refused with its line, because a hand-edited export that reads differently from what regedit
 * would import could show a value the machine does not have.
 */
public record RegistryExport(String file, List<RegistryEntry> entries) {

    private static final Pattern HEADER = Pattern.compile("Windows Registry Editor Version 5\\.00|REGEDIT4");
    private static final Pattern DWORD = Pattern.compile("(?i)dword:([0-9a-f]{1,8})");
    private static final Pattern BINARY = Pattern.compile("(?i)hex(\\([0-9a-f]+\\))?:[0-9a-f,\\s]*");

    public static RegistryExport read(ArtifactInput input) throws InvalidInputException {
        ExportedText text = ExportedText.of(input);
        int first = firstNonBlank(text);
        if (first == 0 || !HEADER.matcher(text.line(first).trim()).matches()) {
            throw text.problem(Math.max(first, 1), "", "not a registry export: expected the first line \"Windows "
                    + "Registry Editor Version 5.00\" or \"REGEDIT4\", as regedit writes it; got \""
                    + (first == 0 ? "" : text.line(first).trim()) + "\"");
        }
        List<RegistryEntry> entries = new ArrayList<>();
        String key = null;
        boolean keyDeleted = false;
        for (int number = first + 1; number <= text.lines().size(); number++) {
            int start = number;
            StringBuilder logical = new StringBuilder(text.line(number).trim());
            while (logical.length() > 0 && logical.charAt(logical.length() - 1) == '\\' && number < text.lines().size()
                    && logical.indexOf("=hex") > 0) {
                logical.setLength(logical.length() - 1);
                logical.append(text.line(++number).trim());
            }
            String line = logical.toString();
            if (line.isEmpty() || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw text.problem(start, "", "expected a key in brackets, such as [HKEY_LOCAL_MACHINE\\SYSTEM\\"
                            + "CurrentControlSet\\Control\\Lsa\\MSV1_0]; got \"" + line + "\"");
                }
                keyDeleted = line.startsWith("[-");
                key = line.substring(keyDeleted ? 2 : 1, line.length() - 1);
                continue;
            }
            if (key == null) {
                throw text.problem(start, "", "a value before any [key] line");
            }
            RegistryEntry entry = value(text, start, key, line);
            if (!keyDeleted) {
                entries.add(entry);
            }
        }
        return new RegistryExport(text.file(), List.copyOf(entries));
    }

    /** Whether a text starts as regedit starts its exports, whatever follows. */
    static boolean isRegistryExport(ExportedText text) {
        int first = firstNonBlank(text);
        return first > 0 && HEADER.matcher(text.line(first).trim()).matches();
    }

    private static int firstNonBlank(ExportedText text) {
        for (int number = 1; number <= text.lines().size(); number++) {
            if (!text.line(number).isBlank()) {
                return number;
            }
        }
        return 0;
    }

    /** One "name"=data or @=data line. */
    private static RegistryEntry value(ExportedText text, int number, String key, String line)
            throws InvalidInputException {
        String name;
        int equals;
        if (line.startsWith("@=")) {
            name = "";
            equals = 1;
        } else if (line.startsWith("\"")) {
            int close = closingQuote(line, 1);
            if (close < 0 || close + 1 >= line.length() || line.charAt(close + 1) != '=') {
                throw text.problem(number, "", "expected \"name\"=value; got \"" + line + "\"");
            }
            name = unescape(line.substring(1, close));
            equals = close + 1;
        } else {
            throw text.problem(number, "", "expected a [key], a \"name\"=value line or a ; comment; got \"" + line + "\"");
        }
        String data = line.substring(equals + 1).trim();
        if (data.equals("-")) {
            return new RegistryEntry(key, name, RegistryEntry.Kind.DELETED, null, 0, number);
        }
        if (data.startsWith("\"")) {
            int close = closingQuote(data, 1);
            if (close != data.length() - 1) {
                throw text.problem(number, name, "expected a string in double quotes, with \\\" and \\\\ escaped; got "
                        + data);
            }
            return new RegistryEntry(key, name, RegistryEntry.Kind.STRING, unescape(data.substring(1, close)), 0, number);
        }
        Matcher dword = DWORD.matcher(data);
        if (dword.matches()) {
            return new RegistryEntry(key, name, RegistryEntry.Kind.DWORD, null, Long.parseLong(dword.group(1), 16),
                    number);
        }
        if (BINARY.matcher(data).matches()) {
            return new RegistryEntry(key, name, RegistryEntry.Kind.BINARY, data, 0, number);
        }
        throw text.problem(number, name, "expected \"text\", dword:xxxxxxxx (8 hexadecimal digits), hex:... or -; got "
                + data);
    }

    private static int closingQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String quoted) {
        return quoted.replaceAll("\\\\([\\\\\"])", "$1");
    }
}
