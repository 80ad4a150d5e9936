/** Rule authoring: reading DRL as an author wrote it, checking the knowledge base's conventions, coverage. */
package io.signindoctor.authoring;
