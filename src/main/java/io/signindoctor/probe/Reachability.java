package io.signindoctor.probe;

import io.signindoctor.model.ClientEvent;
import io.signindoctor.model.Source;
import io.signindoctor.vocabulary.Schema;
import java.net.InetAddress;
import java.util.Optional;

/**
 * Whether a server could be reached, and if not, the failure the client would have logged. A failure becomes the
 * same connect-failure event an engineer would copy from the client's event log; a success is no fact, since
 * nothing in the knowledge base reasons from a working connection, but the engineer is still told of it.
 */
public record Reachability(String host, int port, InetAddress reached, WinsockError error, String detail) {

    public boolean isReached() {
        return reached != null;
    }

    /** The connect-failure event for a failure; empty when the server was reached. */
    public Optional<ClientEvent> event() {
        if (isReached()) {
            return Optional.empty();
        }
        return Optional.of(ClientEvent.of(Schema.Events.Kind.CONNECT_FAILURE,
                Source.probe("tcp connect " + host + ":" + port + " (" + detail + ")"))
                .server(host).port(port).code(error.code()).build());
    }

    public String describe() {
        return isReached() ? host + ":" + port + " reached at " + reached.getHostAddress()
                : host + ":" + port + " not reached: error " + error.code() + ", " + error.meaning() + " (" + detail + ")";
    }
}
