/** Reading facts out of free text, by the patterns of rules/extraction.yaml, as the same typed facts a facts file gives. */
package io.signindoctor.extract;
