package io.signindoctor.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.signindoctor.model.ClientEvent;
import io.signindoctor.testing.Tools;
import io.signindoctor.vocabulary.Schema;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A TCP connect reports what the client would have logged: 10061, 10060, 11001, or nothing when it connects. */
class TcpProbeTest {

    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
    private final TcpProbe probe = new TcpProbe(Duration.ofSeconds(1));

    @Test
    void aClosedPortIsRefusedWith10061() throws IOException {
        int closed = Tools.freePort();

        Reachability result = probe.connect("sip.contoso.com", closed, List.of(LOOPBACK));

        assertThat(result.isReached()).isFalse();
        ClientEvent event = result.event().orElseThrow();
        assertThat(event.getKind()).isEqualTo(Schema.Events.Kind.CONNECT_FAILURE);
        assertThat(event.getServer()).isEqualTo("sip.contoso.com");
        assertThat(event.getPort()).isEqualTo(closed);
        assertThat(event.getCode()).isEqualTo(10061);
        assertThat(event.getSource().toString()).startsWith("probe tcp connect sip.contoso.com:" + closed + " (127.0.0.1");
    }

    @Test
    void aListenerIsReachedAndGivesNoEvent() throws IOException {
        try (ServerSocket listener = new ServerSocket(0, 5, LOOPBACK)) {
            Reachability result = probe.connect("sip.contoso.com", listener.getLocalPort(), List.of(LOOPBACK));

            assertThat(result.isReached()).isTrue();
            assertThat(result.event()).isEmpty();
        }
    }

    @Test
    void aNameWithNoAddressIsHostNotFound11001() {
        assertThat(probe.connect("nowhere.contoso.com", 5061, List.of()).event().orElseThrow().getCode())
                .isEqualTo(11001);
    }

    @Test
    void aListenerWhoseQueueIsFullTimesOutWith10060() throws IOException {
        List<Socket> queued = new ArrayList<>();
        try (ServerSocket listener = new ServerSocket(0, 1, LOOPBACK)) {
            fillAcceptQueue(listener.getLocalPort(), queued);

            Reachability result = probe.connect("sip.contoso.com", listener.getLocalPort(), List.of(LOOPBACK));

            assertThat(result.event().orElseThrow().getCode()).isEqualTo(10060);
        } finally {
            for (Socket socket : queued) {
                socket.close();
            }
        }
    }

    /** Connects without accepting until the kernel drops new connection requests, as an overloaded server does. */
    private static void fillAcceptQueue(int port, List<Socket> queued) throws IOException {
        for (int attempt = 0; attempt < 16; attempt++) {
            Socket socket = new Socket();
            try {
                socket.connect(new InetSocketAddress(LOOPBACK, port), 300);
                queued.add(socket);
            } catch (SocketTimeoutException full) {
                socket.close();
                return;
            }
        }
        throw new AssertionError("the accept queue of port " + port + " never filled");
    }
}
