package dev.obsc.compiler.cli;

/** Bad command-line usage or an environment problem: exit code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
