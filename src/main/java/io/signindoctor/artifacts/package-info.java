/** Readers of the customer's artifacts: zone-file exports, certificate files, .reg exports and client logs. */
package io.signindoctor.artifacts;
