package io.signindoctor.cli;

/**
 * The exit codes every command uses, listed in --help so scripts can tell the outcomes apart. The help lines are
 * compile-time constants so that each command's annotation lists exactly the codes it can return.
 */
public final class ExitCode {

    /** The command did its job (a diagnosis was made, even if it found no likely cause). */
    public static final int OK = 0;
    /** A bug: something failed that should not have; the message says what. */
    public static final int SOFTWARE = 1;
    /** Bad input: the command line, or a file that is not valid; nothing was produced. */
    public static final int INPUT = 2;
    /** The knowledge base has errors: a rules folder does not compile or breaks conventions, or cases fail. */
    public static final int KNOWLEDGE_BASE = 3;
    /** classify: every incident was accounted for, but some records could not be read and are in the rejects file. */
    public static final int REJECTED = 4;
    /** The system would not let a file be read or written (permission, missing folder, disk full); not a bug. */
    public static final int ENVIRONMENT = 5;

    static final String OK_HELP = OK + ":Success.";
    static final String SOFTWARE_HELP = SOFTWARE + ":Internal error (a bug; --verbose prints the stack trace).";
    static final String INPUT_HELP = INPUT + ":Bad input: invalid command line or file; nothing was produced.";
    static final String KNOWLEDGE_BASE_HELP = KNOWLEDGE_BASE
            + ":The knowledge base has errors (a --rules folder does not compile or breaks conventions, or cases fail).";
    static final String ENVIRONMENT_HELP = ENVIRONMENT + ":A file or folder could not be read or written "
            + "(permission denied, no such folder, disk full); the message names it and the system's reason.";
    static final String REJECTED_HELP = REJECTED + ":Done, but some records could not be read; see the rejects file.";

    private ExitCode() {
    }
}
