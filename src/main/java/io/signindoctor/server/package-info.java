/** serve: the knowledge base resident behind a JSON API and a web page, safe to leave running on a network. */
package io.signindoctor.server;
