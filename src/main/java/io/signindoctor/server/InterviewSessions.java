package io.signindoctor.server;

import io.signindoctor.interview.Interview;
import io.signindoctor.kb.Knowledge;
import io.signindoctor.model.CaseFacts;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The interviews open on this server. Their number is bounded and one left unanswered for too long is dropped, so
 * abandoned browser tabs cannot use up the server; ids are random and long, so one caller cannot find another's
 * interview by guessing.
 */
final class InterviewSessions implements AutoCloseable {

    private static final SecureRandom IDS = new SecureRandom();

    private final Knowledge knowledge;
    private final int max;
    private final Duration idle;
    private final Clock clock;
    private final Map<String, InterviewSession> open = new ConcurrentHashMap<>();

    InterviewSessions(Knowledge knowledge, int max, Duration idle, Clock clock) {
        this.knowledge = knowledge;
        this.max = max;
        this.idle = idle;
        this.clock = clock;
    }

    InterviewSession start(CaseFacts facts, double threshold) {
        dropExpired();
        synchronized (this) {
            if (open.size() >= max) {
                throw Problem.of(503, "Service unavailable", "this server already has " + max + " interviews open; "
                        + "finish one, or try again when an idle one has expired");
            }
            byte[] random = new byte[16];
            IDS.nextBytes(random);
            String id = HexFormat.of().formatHex(random);
            InterviewSession session = new InterviewSession(id, knowledge,
                    new Interview(knowledge, facts, threshold), clock.instant());
            open.put(id, session);
            return session;
        }
    }

    /** The open interview with this id, its idle time starting again; a 404 problem when there is none. */
    InterviewSession get(String id) {
        dropExpired();
        InterviewSession session = open.get(id);
        if (session == null) {
            throw Problem.of(404, "Not found", "no interview " + id + " is open here: it was finished, or it "
                    + "expired after " + idle.toMinutes() + " minutes without an answer").withField("id");
        }
        session.touch(clock.instant());
        return session;
    }

    void finish(InterviewSession session) {
        if (open.remove(session.id(), session)) {
            session.close();
        }
    }

    int size() {
        return open.size();
    }

    private void dropExpired() {
        Instant oldest = clock.instant().minus(idle);
        open.values().removeIf(session -> {
            boolean expired = session.lastUsed().isBefore(oldest);
            if (expired) {
                session.close();
            }
            return expired;
        });
    }

    @Override
    public void close() {
        open.values().forEach(InterviewSession::close);
        open.clear();
    }
}
