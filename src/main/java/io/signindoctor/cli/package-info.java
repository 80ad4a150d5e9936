/** The command line: one picocli class per verb, output only through picocli's writers, named exit codes. */
package io.signindoctor.cli;
