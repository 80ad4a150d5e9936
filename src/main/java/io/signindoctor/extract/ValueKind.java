package io.signindoctor.extract;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of value the reader finds in text before it asks what any of them is: the shape of a token says it is
 * an address, a name or a code, and only then do the words around it say which role it plays. Finding values first
 * is what lets "internal server 10.0.0.5", "10.0.0.5 is what we typed as the server" and "server (10.0.0.5)" read
 * alike.
 */
enum ValueKind {
    /** Not a value: an ordinary word. */
    WORD,
    IP,
    IPV6,
    FQDN,
    /** A single-label host name such as OCSPOOL01 (a NetBIOS name). */
    NETBIOS,
    /** host:port, the host being any of the host kinds. */
    HOST_PORT,
    SIP_URI,
    /** user@domain without the sip: prefix. */
    ADDRESS,
    /** A domain written after an @ alone, as in "our users are @contoso.com". */
    AT_DOMAIN,
    /** DOMAIN\\user. */
    DOMAIN_USER,
    /** A service record name such as _sipinternaltls._tcp.contoso.com. */
    SRV_NAME,
    /** A number written in hexadecimal, 0x followed by up to 8 digits. */
    HEX,
    NUMBER,
    /** A file-system path, with or without its drive letter. */
    PATH,
    /** A registry key such as HKLM\\System\\CurrentControlSet\\Control\\Lsa\\MSV1_0. */
    REGISTRY_KEY,
    /** A build number of three or four dotted parts, such as 15.0.5023.1000, that is no IPv4 address. */
    VERSION;

    /** The name the catalogues use: ip, ipv6, fqdn, netbios, host-port, sip-uri, ... */
    String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<ValueKind> byId(String id) {
        for (ValueKind kind : values()) {
            if (kind != WORD && kind.id().equals(id)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The kinds a host name or address can take, alone or with a port. */
    boolean isHost() {
        return this == IP || this == IPV6 || this == FQDN || this == NETBIOS || this == HOST_PORT;
    }
}
