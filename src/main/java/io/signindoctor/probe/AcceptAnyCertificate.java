package io.signindoctor.probe;

import java.net.Socket;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Lets every handshake complete whatever the server presents. The probe's job is to report the certificate so the
 * rules can judge it against the names the client uses; refusing an untrusted or mismatched one here would hide the
 * very certificate the engineer needs to see. Nothing is ever sent over a connection this trusts.
 */
final class AcceptAnyCertificate extends X509ExtendedTrustManager {

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
        // a client probe is never asked to trust a client
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
        // a client probe is never asked to trust a client
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        // a client probe is never asked to trust a client
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {
        // accepted: reported, not judged
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) {
        // accepted: reported, not judged
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
        // accepted: reported, not judged
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
