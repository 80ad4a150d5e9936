/** How much a ticket's words resemble the labelled tickets of the corpus: the featurizer, the trained model and its scorer, shared by the build-time trainer and the tool. */
package io.signindoctor.resemble;
