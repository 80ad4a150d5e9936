package io.signindoctor.extract;

import io.signindoctor.facts.ValueChecker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a normalised text into words and values in one pass, by hand rather than with patterns, so the work is
 * linear in the text whatever it holds and no input can make it backtrack or recurse. A run of word characters and
 * joiners (dots, colons, @, underscores) is read whole and then judged by its shape; a path may hold spaces
 * ("Documents and Settings") and is followed from one backslash to the next on its line.
 */
final class Lexer {

    /** How far a path's next backslash may be, across spaces, before the path is taken to have ended. */
    private static final int PATH_GAP = 40;
    /** How far a script block's closing brace may be from its opening one. */
    private static final int SCRIPT_BLOCK_REACH = 200;
    private static final Set<String> FILE_EXTENSIONS = Set.of("exe", "dll", "log", "txt", "etl", "evtx", "csv",
            "xml", "reg", "msi", "cer", "pem", "pfx", "crt", "ps1", "bat", "cmd", "ini", "cfg", "json", "yaml", "yml",
            "zip", "htm", "html", "jpg", "png", "gif", "doc", "docx", "pdf", "msg", "eml", "dat", "cab", "sys", "md",
            "msc", "cpl");
    private static final Set<String> REGISTRY_HIVES = Set.of("hklm", "hkcu", "hkey_local_machine",
            "hkey_current_user", "hku", "hkey_users", "hkcr");

    /** The word an arrow ("->") is read as. */
    static final String ARROW = "->";

    private final NormalisedText source;
    private final List<Token> tokens = new ArrayList<>();

    private Lexer(NormalisedText source) {
        this.source = source;
    }

    static List<Token> tokens(NormalisedText source) {
        Lexer lexer = new Lexer(source);
        lexer.run();
        return lexer.tokens;
    }

    private void run() {
        int length = source.length();
        int i = 0;
        while (i < length) {
            char c = source.charAt(i);
            if (c == '{') {
                i = Math.max(i + 1, scriptBlockEnd(i));
                continue;
            }
            if (arrowAt(i)) {
                tokens.add(new Token(ARROW, i, i + 2, ValueKind.WORD, false));
                i += 2;
                continue;
            }
            if (!startsRun(c)) {
                i++;
                continue;
            }
            int end = runEnd(i);
            if (contains(i, end, '\\')) {
                end = path(i, end);
            } else {
                run(i, end);
            }
            i = Math.max(end, i + 1);
        }
    }

    /**
     * Where a PowerShell script block ends ("? {$_.Action -like 'Block*'}", "Where-Object {$PSItem.Enabled}"), just
     * after its closing brace on the same line: the filter an engineer typed says what was searched for, not what was
     * found. The opening brace's position when the braces hold no pipeline variable, so that other braces are read.
     */
    private int scriptBlockEnd(int open) {
        boolean pipelineVariable = false;
        for (int i = open + 1; i < source.length() && i - open <= SCRIPT_BLOCK_REACH; i++) {
            char c = source.charAt(i);
            if (c == '\n' || c == '{') {
                return open;
            }
            if (c == '}') {
                return pipelineVariable ? i + 1 : open;
            }
            if (c == '$' && i + 1 < source.length() && (source.charAt(i + 1) == '_'
                    || source.text().startsWith("psitem", i + 1))) {
                pipelineVariable = true;
            }
        }
        return open;
    }

    private static boolean startsRun(char c) {
        return isWordChar(c) || c == '_' || c == '[' || c == '%' || c == '\\' || c == '@';
    }

    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c > 127 && Character.isLetterOrDigit(c);
    }

    private static boolean isRunChar(char c) {
        return isWordChar(c) || c == '.' || c == '_' || c == '-' || c == '@' || c == ':' || c == '[' || c == ']'
                || c == '%' || c == '$' || c == '\'' || c == '+' || c == '\\' || c == '*';
    }

    /**
     * Whether an arrow ("->") starts here. Engineers copy lookups and mappings as "X -> Y" ("_sipinternaltls._tcp ->
     * 0 0 5061 pool.contoso.com", "SRV -> ocsfe.contoso.com"), and the arrow is then the only word that relates the
     * two: it is kept as a word of its own, so that a catalogue can list it as a cue.
     */
    private boolean arrowAt(int i) {
        return source.charAt(i) == '-' && i + 1 < source.length() && source.charAt(i + 1) == '>';
    }

    private int runEnd(int start) {
        int end = start;
        while (end < source.length() && isRunChar(source.charAt(end)) && !arrowAt(end)) {
            end++;
        }
        return end;
    }

    private boolean contains(int start, int end, char wanted) {
        for (int i = start; i < end; i++) {
            if (source.charAt(i) == wanted) {
                return true;
            }
        }
        return false;
    }

    /**
     * A path or registry key from start, which may continue across spaces to the next backslash on the same line,
     * or DOMAIN\\user when it is one backslash between two names. Returns where it ends.
     */
    private int path(int start, int end) {
        int last = end;
        while (true) {
            int next = nextBackslash(last);
            if (next < 0) {
                break;
            }
            last = runEnd(next);
        }
        int from = start;
        Token previous = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
        boolean drive = end - start >= 2 && source.charAt(start + 1) == ':';
        if (!drive && source.charAt(start) != '\\' && source.charAt(start) != '%' && !startsWithHive(start)
                && previous != null
                && previous.kind() == ValueKind.WORD && previous.end() == start - 1
                && Character.isUpperCase(source.originalChar(start))
                && Character.isUpperCase(source.originalChar(previous.start()))) {
            tokens.remove(tokens.size() - 1);
            from = previous.start();
        }
        int to = last;
        while (to > from && isTrailing(source.charAt(to - 1))) {
            to--;
        }
        String text = source.text().substring(from, to);
        if (text.indexOf('\\') < 0) {
            run(from, to);
            return last;
        }
        String first = text.substring(0, Math.max(0, text.indexOf('\\')));
        ValueKind kind;
        if (REGISTRY_HIVES.contains(first)) {
            kind = ValueKind.REGISTRY_KEY;
        } else if (text.indexOf('\\') == text.lastIndexOf('\\') && text.indexOf(' ') < 0 && !first.isEmpty()
                && text.indexOf(':') < 0 && text.indexOf('\\') < text.length() - 1) {
            kind = ValueKind.DOMAIN_USER;
        } else {
            kind = ValueKind.PATH;
        }
        tokens.add(new Token(text, from, to, kind, false));
        return last;
    }

    /**
     * Whether the path starting here opens with a registry hive (HKCU\\...): such a key is whole from its hive, and the
     * capitalised word before it ("Removed HKCU\\Software\\...") is what was done to it, not part of its name.
     */
    private boolean startsWithHive(int start) {
        int slash = start;
        while (slash < source.length() && source.charAt(slash) != '\\' && slash - start <= 18) {
            slash++;
        }
        return slash < source.length() && source.charAt(slash) == '\\'
                && REGISTRY_HIVES.contains(source.text().substring(start, slash));
    }

    /** The next backslash after a path's run, if it comes within a short gap on the same line; -1 otherwise. */
    private int nextBackslash(int from) {
        if (from < source.length() && source.charAt(from) == '\\') {
            return from;
        }
        for (int i = from; i < source.length() && i - from <= PATH_GAP; i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                return i;
            }
            if (c == '\n' || c == '"' || c == '<' || c == '>' || c == '|' || c == ',' || c == ';' || c == '('
                    || c == ')' || c == '=' || c == ':') {
                return -1;
            }
            if (c == '.' && (i + 1 >= source.length() || source.charAt(i + 1) == ' ' || source.charAt(i + 1) == '\n')) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isTrailing(char c) {
        return c == '.' || c == ':' || c == '-' || c == '\'' || c == '\\' || c == ' ' || c == '+' || c == '@';
    }

    /** Judges one run of word characters and joiners by its shape and adds it as a value or as words. */
    private void run(int start, int end) {
        if (lowerCaseLetters(start, end) && !capitalised(start, end)) {
            tokens.add(new Token(source.text().substring(start, end), start, end, ValueKind.WORD, false));
            return;
        }
        while (end > start && isTrailing(source.charAt(end - 1))) {
            end--;
        }
        while (start < end && (source.charAt(start) == '.' || source.charAt(start) == '-'
                || source.charAt(start) == '\'' || source.charAt(start) == ':' || source.charAt(start) == '*'
                        && (start + 1 >= end || source.charAt(start + 1) != '.'))) {
            start++;
        }
        if (start >= end) {
            return;
        }
        String text = source.text().substring(start, end);
        ValueKind kind = Shapes.kindOf(text, FILE_EXTENSIONS);
        if (kind != ValueKind.WORD) {
            tokens.add(new Token(Shapes.canonical(text, kind), start, end, kind, false));
            return;
        }
        if (isSwitch(start, text)) {
            return;
        }
        if (Shapes.isNetBiosShaped(text) || capitalised(start, end)) {
            tokens.add(new Token(text, start, end, ValueKind.NETBIOS, true));
            return;
        }
        words(start, end);
    }

    /**
     * A command-line switch with its setting ("w32tm /syncfromflags:manual", "/mode:auto"): what an engineer typed to
     * a tool, not words about the case, so "manual" there says nothing about the client's configuration.
     */
    private boolean isSwitch(int start, String text) {
        return start >= 2 && source.charAt(start - 1) == '/' && source.charAt(start - 2) == ' '
                && text.indexOf(':') > 0;
    }

    /**
     * Whether a run is letters a to z only, as most words of a text are: such a run has no value's shape and is one
     * word, so it skips the shape tests and the splitting at joiners, which would find the same.
     */
    private boolean lowerCaseLetters(int start, int end) {
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /** A name written all in capitals and long enough not to be an acronym, as OCSPOOL is. */
    private boolean capitalised(int start, int end) {
        if (end - start < 6 || end - start > 15) {
            return false;
        }
        for (int i = start; i < end; i++) {
            char c = source.originalChar(i);
            if (!(Character.isUpperCase(c) || Character.isDigit(c) || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Adds a run that is no value as words, split at hyphens and joiners ("sign-in" is the words sign and in). */
    private void words(int start, int end) {
        int from = start;
        for (int i = start; i <= end; i++) {
            char c = i < end ? source.charAt(i) : ' ';
            boolean apostrophe = c == '\'' && i > from && i + 1 < end && isWordChar(source.charAt(i + 1));
            if (isWordChar(c) || c == '_' || apostrophe) {
                continue;
            }
            if (i > from) {
                String word = source.text().substring(from, i);
                if (word.endsWith("'s")) {
                    word = word.substring(0, word.length() - 2);
                }
                tokens.add(new Token(word, from, i, ValueChecker.isDigits(word) && word.length() <= 10 ? ValueKind.NUMBER
                        : ValueKind.WORD, false));
            }
            from = i + 1;
        }
    }
}
