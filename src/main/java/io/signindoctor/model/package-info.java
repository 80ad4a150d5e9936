/** The facts rules read and the conclusions they insert: the vocabulary of a failing sign-in. */
package io.signindoctor.model;
