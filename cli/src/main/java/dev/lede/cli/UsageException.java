package dev.lede.cli;

/** The user asked for something that cannot work as given (a file that is not a model); exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
