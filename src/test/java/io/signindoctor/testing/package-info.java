/** Real servers and tools for tests, started on loopback only: dnsmasq, openssl s_server, certificates made with openssl. */
package io.signindoctor.testing;
