/**
 * Where knowledge comes from: the built-in knowledge base packaged in the jar and site folders on disk, and in each
 * the files of every kind (rules, cases, cause pages, vocabulary additions), each kind found by one piece of code.
 * Below the engine and the readers, which parse what is found here.
 */
package io.signindoctor.kbfiles;
