/** The user's files as a whole: no output replaces an input, and outputs appear complete or not at all. */
package io.signindoctor.files;
