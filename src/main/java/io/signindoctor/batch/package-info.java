/** Classifying exported incident queues: streaming readers, the parallel ordered pipeline, outputs and summaries. */
package io.signindoctor.batch;
