/** Build-time tools Maven runs, not commands: precompiling the built-in rules, training the text-resemblance model, the class-data-sharing training run. */
package io.signindoctor.build;
