package io.signindoctor.artifacts.logs;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * The advice a product writes into its own event descriptions: Communicator's and Lync Server's events end with a
 * "Resolution:" paragraph that says what to do in each case ("if you use manual configuration, check the server
 * name..."). That paragraph is the same on every machine and says nothing of this one, so it is not read as
 * evidence: a conditional "typed by hand" there is no sign that the client was configured by hand.
 */
final class EventAdvice {

    /** "Resolution:" at the start of a line, after a sentence, or after the wide gap a flattened export leaves. */
    private static final Pattern RESOLUTION = Pattern.compile("(?:^|\\n|[.!?)]\\s+|\\s{2,})\\s*(Resolution:)");

    private EventAdvice() {
    }

    /** The description without its resolution paragraph; the description itself when it has none. */
    static String withoutAdvice(String description) {
        if (description == null) {
            return null;
        }
        Matcher resolution = RESOLUTION.matcher(description);
        return resolution.find() ? description.substring(0, resolution.start(1)).stripTrailing() : description;
    }
}
