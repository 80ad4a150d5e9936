package io.signindoctor.extract;

/**
 * A word or a value of a normalised text: its text (lower case, with the sentence's closing full stop or a label's
 * colon trimmed), where it stands, and its kind. A word that could be a host name (letters and digits, or capitals
 * as written) is marked, because a NetBIOS name looks like any other word until a cue says "server".
 */
record Token(String text, int start, int end, ValueKind kind, boolean hostLike) {

    boolean isValue() {
        return kind != ValueKind.WORD;
    }
}
