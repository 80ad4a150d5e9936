/** The interview: asking the fewest questions to a diagnosis, explaining why each is asked, and undoing answers. */
package io.signindoctor.interview;
