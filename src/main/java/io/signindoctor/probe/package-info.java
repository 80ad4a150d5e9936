/** Network probes (DNS queries, TCP connects, TLS handshakes), run only against names the engineer gives, with bounded timeouts. */
package io.signindoctor.probe;
