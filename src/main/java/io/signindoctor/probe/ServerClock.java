package io.signindoctor.probe;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How far a server's clock is from this machine's, read from the Date header of its answer (RFC 1123 form, as HTTP
 * and SIP both send it). Kerberos and web tickets are refused when the clocks are too far apart, so the offset is
 * what the rules need; the header arrives within the probe's time-out, which bounds the error of the reading.
 */
final class ServerClock {

    private ServerClock() {
    }

    /** The server's time minus this machine's when the answer arrived, in whole seconds; empty for no or a bad date. */
    static Optional<Integer> offset(Optional<String> dateHeader, Instant received) {
        if (dateHeader.isEmpty()) {
            return Optional.empty();
        }
        try {
            Instant server = ZonedDateTime.parse(dateHeader.get().trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            long seconds = server.getEpochSecond() - received.getEpochSecond();
            return Math.abs(seconds) > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) seconds);
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }
}
