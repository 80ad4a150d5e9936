package io.signindoctor.cli;

import io.signindoctor.engine.RuleLoopException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place a failure becomes an exit code, so that a script can tell bad input (2) from a broken knowledge
 * base (3) from a file the system would not let us read or write (5) from a bug (1), whichever verb ran. Commands
 * return only what they did (0, or 4 when classify rejected some records); every failure reaches here as an
 * exception, a command line picocli cannot parse included.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final BooleanSupplier verbose;
    /** picocli's own report of a command line it cannot parse (the message, then suggestions or the usage). */
    private final IParameterExceptionHandler usage;

    FailureHandler(BooleanSupplier verbose, IParameterExceptionHandler usage) {
        this.verbose = verbose;
        this.usage = usage;
    }

    @Override
    public int handleParseException(ParameterException exception, String[] args) throws Exception {
        usage.handleParseException(exception, args);
        return ExitCode.INPUT;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        int code;
        if (exception instanceof RefusedInput refused) {
            refused.problems().forEach(err::println);
            if (refused.consequence() != null) {
                err.println("signin-doctor: " + refused.consequence());
            }
            code = ExitCode.INPUT;
        } else if (exception instanceof FailedChecks failed) {
            failed.problems().forEach(err::println);
            code = ExitCode.KNOWLEDGE_BASE;
        } else if (exception instanceof KnowledgeBaseError broken) {
            broken.problems().forEach(err::println);
            err.println("signin-doctor: the knowledge base has errors; run kb validate for all of them.");
            code = ExitCode.KNOWLEDGE_BASE;
        } else if (exception instanceof RuleLoopException loop) {
            err.println("signin-doctor: " + loop.getMessage() + ".");
            code = ExitCode.KNOWLEDGE_BASE;
        } else if (environmentFault(exception) != null) {
            err.println("signin-doctor: " + describe(environmentFault(exception))
                    + "; no output was replaced or left half-written.");
            code = ExitCode.ENVIRONMENT;
        } else {
            err.println("signin-doctor: internal error (a bug; please report it): " + exception);
            if (verbose.getAsBoolean()) {
                exception.printStackTrace(err);
            }
            code = ExitCode.SOFTWARE;
        }
        err.flush();
        return code;
    }

    /** The file-system failure behind an exception, or null when it is something else. */
    private static IOException environmentFault(Exception exception) {
        if (exception instanceof IOException io) {
            return io;
        }
        return exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : null;
    }

    /** The path and the operating system's reason, in our words where Java's are a class name. */
    static String describe(IOException fault) {
        if (fault instanceof FileSystemException onFile && onFile.getFile() != null) {
            String reason;
            if (fault instanceof AccessDeniedException) {
                reason = "permission denied";
            } else if (fault instanceof NoSuchFileException) {
                reason = "no such file or folder";
            } else if (fault instanceof NotDirectoryException || fault instanceof FileAlreadyExistsException) {
                reason = "not a folder (a file of that name is in the way)";
            } else {
                reason = onFile.getReason() == null ? "cannot be read or written"
                        : onFile.getReason().toLowerCase(Locale.ROOT);
            }
            return onFile.getFile() + (onFile.getOtherFile() == null ? "" : " -> " + onFile.getOtherFile()) + ": "
                    + reason;
        }
        return String.valueOf(fault.getMessage());
    }
}
