/** Build-time tools Maven runs, not commands: precompiling the built-in rules, the class-data-sharing training run. */
package io.signindoctor.build;
