/** Gathering facts from the outside world: which sources to read or probe, in what order, and the client's DNS lookups. */
package io.signindoctor.gather;
