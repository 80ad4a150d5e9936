/** Presenting a diagnosis: the text report for people, the JSON document for tools, and the evidence behind both. */
package io.signindoctor.report;
