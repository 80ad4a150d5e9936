package io.signindoctor.batch;

import io.signindoctor.facts.InvalidInputException;
import java.io.Closeable;
import java.io.IOException;

/**
 * Streams the records of one input, one at a time, so memory does not grow with the export. A record that cannot be
 * read comes back as {@link Rejected} and reading goes on; only a fault in the input as a whole (not UTF-8, say) is
 * an {@link InvalidInputException}.
 */
interface IncidentReader extends Closeable {

    /** The next record, or null at the end of the input. */
    InputRecord next() throws IOException, InvalidInputException;
}
