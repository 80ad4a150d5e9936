/** Reading facts out of free text (tickets, pasted notes, log lines): values, their roles from cue words, statements with their negation, known messages and error codes, all from the catalogues in rules/. */
package io.signindoctor.extract;
