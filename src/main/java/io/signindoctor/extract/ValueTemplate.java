package io.signindoctor.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.function.Function;

/**
 * A field of a catalogue's fact: literal text with ${name} standing for what was read under that name (the value,
 * its anchor, a message's slot), and ${name:default} for a name that may be unbound. Parsed once, filled per reading.
 */
final class ValueTemplate {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9]*)(?::([^}]*))?}");

    private record Part(String literal, String group, String fallback) {
    }

    private final List<Part> parts;

    private ValueTemplate(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    static ValueTemplate parse(String text) {
        List<Part> parts = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(text);
        int at = 0;
        while (matcher.find()) {
            if (matcher.start() > at) {
                parts.add(new Part(text.substring(at, matcher.start()), null, null));
            }
            parts.add(new Part(null, matcher.group(1), matcher.group(2)));
            at = matcher.end();
        }
        if (at < text.length()) {
            parts.add(new Part(text.substring(at), null, null));
        }
        return new ValueTemplate(parts);
    }

    Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        parts.stream().filter(part -> part.group() != null).forEach(part -> groups.add(part.group()));
        return groups;
    }

    boolean isLiteral() {
        return groups().isEmpty();
    }

    /** The text of a template without references. */
    String literal() {
        return fill(null);
    }

    /** The value for one reading, or null when a name it needs is not bound and has no default. */
    String fill(Function<String, String> match) {
        if (parts.size() == 1) {
            return only(parts.get(0), match);
        }
        StringBuilder value = new StringBuilder();
        for (Part part : parts) {
            if (part.literal() != null) {
                value.append(part.literal());
                continue;
            }
            String matched = match == null ? null : match.apply(part.group());
            if (matched == null) {
                if (part.fallback() == null) {
                    return null;
                }
                matched = part.fallback();
            }
            value.append(matched);
        }
        return value.toString();
    }

    /** The value of a template of one part, as most are ("${value}", "tcp"), without a copy of it. */
    private static String only(Part part, Function<String, String> match) {
        if (part.literal() != null) {
            return part.literal();
        }
        String matched = match == null ? null : match.apply(part.group());
        return matched != null ? matched : part.fallback();
    }
}
