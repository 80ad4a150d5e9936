package io.signindoctor.artifacts;

import com.google.re2j.Pattern;

/**
 * A line typed at a shell, pasted with the output below it: PowerShell's "PS C:\Users\pat> ", cmd.exe's
 * "C:\Users\pat>", a Unix shell's "$ " or "user@host:~$ ". Such a line is the command, never the output, even when
 * its words look like a header ("Format-List TimeCreated, ProviderName, Id, Message" holds a CSV header's names).
 */
public final class ShellPrompt {

    private static final Pattern PROMPTED = Pattern.compile(
            "^\\s*(?:(?:PS\\s+[^>]*>|[A-Za-z]:\\\\[^>]*>)\\s*|[^\\s$#]*[$#]\\s+)\\S.*$");

    private ShellPrompt() {
    }

    /** Whether the line is a command after a shell's prompt. */
    public static boolean isCommand(String line) {
        return PROMPTED.matcher(line).matches();
    }
}
