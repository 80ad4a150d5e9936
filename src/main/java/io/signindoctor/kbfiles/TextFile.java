package io.signindoctor.kbfiles;

/** A file of the knowledge base read as text, named as the author knows it (rules/account.cases.yaml). */
public record TextFile(String path, String text) {
}
