/** The knowledge base's documentation: one kb-docs page per cause, the single source of remedies and titles. */
package io.signindoctor.kb;
