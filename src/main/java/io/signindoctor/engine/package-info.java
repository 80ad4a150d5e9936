/** The inference engine: compiling and loading the knowledge base, running a case, ranking what it concludes. */
package io.signindoctor.engine;
