package io.signindoctor.probe;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The WinSock error Communicator would have logged for a failed connection. Rules and engineers read client event
 * logs in these codes ("due to error 10061"), so a probe reports its failures in the same terms.
 */
public enum WinsockError {
    REFUSED(10061, "connection refused"),
    TIMED_OUT(10060, "connection timed out"),
    HOST_NOT_FOUND(11001, "host not found"),
    HOST_UNREACHABLE(10065, "no route to host"),
    NETWORK_UNREACHABLE(10051, "network unreachable");

    private final int code;
    private final String meaning;

    WinsockError(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    /** The code for a Java socket failure; anything unrecognised is reported as a time-out, as the client would. */
    public static WinsockError of(IOException failure) {
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        if (failure instanceof UnknownHostException) {
            return HOST_NOT_FOUND;
        }
        if (failure instanceof NoRouteToHostException) {
            return HOST_UNREACHABLE;
        }
        if (failure instanceof ConnectException && message.contains("refused")) {
            return REFUSED;
        }
        if (message.contains("network is unreachable")) {
            return NETWORK_UNREACHABLE;
        }
        if (failure instanceof SocketTimeoutException || message.contains("timed out")) {
            return TIMED_OUT;
        }
        return TIMED_OUT;
    }
}
