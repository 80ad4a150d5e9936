package io.signindoctor.batch;

/** What a reader yields for each record of an input, in input order: a readable row, or one that is rejected. */
sealed interface InputRecord permits Row, Rejected {

    /** The input it came from, as the user named it. */
    String input();

    /** The line the record starts on, counted from 1. */
    int line();
}
