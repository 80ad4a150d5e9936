package io.signindoctor.artifacts;

/**
 * One value from a .reg export, in the key it was written under. Only the types the knowledge base reads are decoded
 * (a DWORD as a number, a string as text); other types are kept by kind so that they can be named in an error.
 */
public record RegistryEntry(String key, String name, Kind kind, String text, long dword, int line) {

    /** How regedit wrote the value. */
    public enum Kind { STRING, DWORD, BINARY, DELETED }

    /** The key with regedit's case differences folded, for comparison with the keys the tool looks for. */
    public String foldedKey() {
        return key.toLowerCase(java.util.Locale.ROOT);
    }
}
