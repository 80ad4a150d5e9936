package io.signindoctor.batch;

/** What became of one record, in input order: an outcome (classified or not), or a rejection. */
sealed interface Result permits Outcome, Rejected {
}
