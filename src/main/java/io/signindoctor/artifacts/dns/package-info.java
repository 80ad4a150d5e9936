/** DNS evidence as engineers paste it (nslookup, dig, dnscmd, PowerShell, zone fragments) read into DNS facts. */
package io.signindoctor.artifacts.dns;
