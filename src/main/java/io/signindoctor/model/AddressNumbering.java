package io.signindoctor.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an observation's IPv4 addresses as numbers in order of first appearance: "10.1.1.7:5060" in a setting and
 * "10.1.1.7" in an event both become address 1. The built-in rules tell one address from another and an address from
 * a name, but never read an address's digits (BuiltInRulesNameNoAddressTest keeps it so), so two incidents that differ
 * only in which addresses they name reach the same conclusions, and a batch where every ticket names its own server
 * address still reuses verdicts. An address is numbered only where it stands alone; where it is also part of a name
 * or of a longer number ("host-10.1.1.7", "110.1.1.7"), or where a value is not plain text, numbering could hide a
 * difference the rules see, and the values stay exact.
 */
final class AddressNumbering {

    /** What {@link #split} says of a text with an address inside a name. */
    private static final List<Object> UNNUMBERABLE = List.of();

    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, Integer> standalone = new HashMap<>();

    private AddressNumbering() {
    }

    /** The values with their addresses numbered; the same array when they name none or must stay exact. */
    static Object[] of(Object[] values) {
        AddressNumbering numbering = new AddressNumbering();
        Object[] numbered = values;
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof String text) {
                List<Object> pieces = numbering.split(text);
                if (pieces == UNNUMBERABLE) {
                    return values;
                }
                if (pieces != null) {
                    if (numbered == values) {
                        numbered = values.clone();
                    }
                    numbered[i] = pieces;
                }
            } else if (!isPlain(value)) {
                return values;
            }
        }
        return numbered == values || numbering.appearsElsewhere(values) ? values : numbered;
    }

    /** Values whose equality says all the rules can see of them, and which cannot hold an address. */
    private static boolean isPlain(Object value) {
        return value == null || value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof Class<?>;
    }

    /**
     * The text as pieces around its standalone addresses, each address replaced by its number; null when it holds
     * none; {@link #UNNUMBERABLE} when an address in it is part of a name.
     */
    private List<Object> split(String text) {
        List<Object> pieces = null;
        int from = 0;
        int at = 0;
        int length = text.length();
        while (at < length) {
            if (!isDigitOrDot(text.charAt(at))) {
                at++;
                continue;
            }
            int start = at;
            while (at < length && isDigitOrDot(text.charAt(at))) {
                at++;
            }
            if (!isIpv4(text, start, at)) {
                continue;
            }
            if (start > 0 && isNamePart(text.charAt(start - 1)) || at < length && isNamePart(text.charAt(at))) {
                return UNNUMBERABLE;
            }
            String address = text.substring(start, at);
            standalone.merge(address, 1, Integer::sum);
            Integer number = numbers.get(address);
            if (number == null) {
                number = numbers.size() + 1;
                numbers.put(address, number);
            }
            if (pieces == null) {
                pieces = new ArrayList<>();
            }
            pieces.add(text.substring(from, start));
            pieces.add(number);
            from = at;
        }
        if (pieces != null) {
            pieces.add(text.substring(from));
        }
        return pieces;
    }

    /** Whether an address numbered also appears inside a longer number somewhere, where its digits would count. */
    private boolean appearsElsewhere(Object[] values) {
        for (Map.Entry<String, Integer> address : standalone.entrySet()) {
            int seen = 0;
            for (Object value : values) {
                if (value instanceof String text) {
                    for (int at = text.indexOf(address.getKey()); at >= 0; at = text.indexOf(address.getKey(), at + 1)) {
                        seen++;
                    }
                }
            }
            if (seen != address.getValue()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigitOrDot(char c) {
        return c >= '0' && c <= '9' || c == '.';
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_';
    }

    /** Four decimal parts of 0 to 255 without leading zeros, as {@link AddressForm} reads an IPv4 literal. */
    private static boolean isIpv4(String text, int start, int end) {
        int parts = 0;
        int at = start;
        while (at <= end) {
            int partEnd = at;
            while (partEnd < end && text.charAt(partEnd) != '.') {
                partEnd++;
            }
            int digits = partEnd - at;
            if (digits == 0 || digits > 3 || digits > 1 && text.charAt(at) == '0'
                    || Integer.parseInt(text, at, partEnd, 10) > 255 || ++parts > 4) {
                return false;
            }
            at = partEnd + 1;
        }
        return parts == 4;
    }
}
