package dev.lede.cli;

/** The user named an index that does not exist. */
final class IndexMissingException extends RuntimeException {
    IndexMissingException(String message) {
        super(message);
    }
}
