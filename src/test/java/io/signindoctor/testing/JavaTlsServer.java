package io.signindoctor.testing;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedKeyManager;

/**
 * A TLS server in the test's own JVM on 127.0.0.1, for what openssl s_server cannot be told to do: speak SIP back to
 * a REGISTER, refuse a client that names no server (as an HTTP.sys binding by host name only does), or accept TLS
 * 1.2 alone. Each connection runs the conversation the test gives, on its own thread.
 */
public final class JavaTlsServer implements AutoCloseable {

    /** What the server does with one accepted, handshaken connection. */
    public interface Conversation {
        void talk(Socket socket) throws IOException;
    }

    private final SSLServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-tls-server");
        thread.setDaemon(true);
        return thread;
    });

    private JavaTlsServer(SSLServerSocket listener, Conversation conversation) {
        this.listener = listener;
        threads.execute(() -> accept(conversation));
    }

    /**
     * @param protocols the protocol versions to accept, such as TLSv1.2
     * @param serverNameRequired whether to present no certificate to a client that sends no server name (SNI)
     */
    public static JavaTlsServer start(Path keyStore, String password, List<String> protocols,
            boolean serverNameRequired, Conversation conversation) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keyStore.toFile())) {
            store.load(in, password.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(store, password.toCharArray());
        X509ExtendedKeyManager keys = (X509ExtendedKeyManager) factory.getKeyManagers()[0];
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(new KeyManager[] {serverNameRequired ? new OnlyForNamedServer(keys) : keys}, null, null);
        SSLServerSocket listener = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50,
                InetAddress.getLoopbackAddress());
        listener.setEnabledProtocols(protocols.toArray(new String[0]));
        return new JavaTlsServer(listener, conversation);
    }

    private void accept(Conversation conversation) {
        while (!listener.isClosed()) {
            try {
                SSLSocket socket = (SSLSocket) listener.accept();
                threads.execute(() -> {
                    try (socket) {
                        socket.startHandshake();
                        conversation.talk(socket);
                    } catch (IOException clientWentAway) {
                        // a refused or abandoned handshake is part of what the tests exercise
                    }
                });
            } catch (SocketException closed) {
                return;
            } catch (IOException acceptFailed) {
                return;
            }
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        listener.close();
        threads.shutdownNow();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** Chooses the certificate only when the client named a server, as a binding by host name alone does. */
    private static final class OnlyForNamedServer extends X509ExtendedKeyManager {
        private final X509ExtendedKeyManager keys;

        OnlyForNamedServer(X509ExtendedKeyManager keys) {
            this.keys = keys;
        }

        @Override
        public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
            if (socket instanceof SSLSocket ssl && ssl.getHandshakeSession() instanceof ExtendedSSLSession session
                    && !session.getRequestedServerNames().isEmpty()) {
                return keys.chooseServerAlias(keyType, issuers, socket);
            }
            return null;
        }

        @Override
        public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
            return null;
        }

        @Override
        public String[] getClientAliases(String keyType, Principal[] issuers) {
            return keys.getClientAliases(keyType, issuers);
        }

        @Override
        public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
            return null;
        }

        @Override
        public String[] getServerAliases(String keyType, Principal[] issuers) {
            return keys.getServerAliases(keyType, issuers);
        }

        @Override
        public X509Certificate[] getCertificateChain(String alias) {
            return keys.getCertificateChain(alias);
        }

        @Override
        public PrivateKey getPrivateKey(String alias) {
            return keys.getPrivateKey(alias);
        }
    }
}
