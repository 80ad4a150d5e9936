/** Client event-log exports, client traces and SIP traces split into records, and the facts their fields state. */
package io.signindoctor.artifacts.logs;
