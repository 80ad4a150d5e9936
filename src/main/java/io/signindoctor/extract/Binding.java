package io.signindoctor.extract;

import java.util.HashMap;
import java.util.Map;

/**
 * Which tokens of a text fill the names a fact template writes ({value}, {valueHost}, a message's slots): tokens by
 * their place, not their words, so that the same binding fills the templates of another text of the same shape with
 * that text's own values ({@link FactSteps}).
 */
sealed interface Binding {

    /** The binding of a statement, whose facts name no value. */
    Binding NONE = new Slots(new String[0], new int[0]);

    /** The values by name, as the text at hand writes them. */
    Map<String, String> values(FactWriter writer);

    /** A known message's slots, each filled by the value at a token. */
    record Slots(String[] names, int[] tokens) implements Binding {
        @Override
        public Map<String, String> values(FactWriter writer) {
            if (names.length == 0) {
                return Map.of();
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                values.put(names[i], writer.written(tokens[i]));
            }
            return values;
        }
    }

    /**
     * A value given a role, with the port stated near it and the port written just after it (-1 for none) and the
     * token it was anchored to (-1 for none): the names {value}, {valueHost}, {valuePort}, {valueWithPort},
     * {valueDomain}, {valueParent} and {anchor} a reading's templates may write.
     */
    record Role(int value, int port, int statedPort, int anchor) implements Binding {
        @Override
        public Map<String, String> values(FactWriter writer) {
            Map<String, String> values = new HashMap<>();
            Token token = writer.token(value);
            String written = writer.written(value);
            values.put("value", written);
            if (token.kind() == ValueKind.HOST_PORT) {
                int colon = written.lastIndexOf(':');
                values.put("valueHost", written.substring(0, colon));
                values.put("valuePort", written.substring(colon + 1));
                values.put("valueWithPort", written);
            } else {
                values.put("valueHost", written);
                if (port >= 0) {
                    values.put("valuePort", writer.token(port).text());
                }
                values.put("valueWithPort", statedPort < 0 ? written : written + ":" + writer.token(statedPort).text());
            }
            if (token.kind() == ValueKind.ADDRESS || token.kind() == ValueKind.SIP_URI) {
                values.put("valueDomain", written.substring(written.lastIndexOf('@') + 1));
            } else if (token.kind() == ValueKind.FQDN) {
                values.put("valueParent", written.substring(written.indexOf('.') + 1));
            }
            if (anchor >= 0) {
                values.put("anchor", writer.token(anchor).text());
            }
            return values;
        }
    }
}
