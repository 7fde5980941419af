package dev.lede;

/** A problem the caller can act on; its message is one plain sentence meant for the end user. */
public class LedeException extends RuntimeException {
    public LedeException(String message) {
        super(message);
    }

    public LedeException(String message, Throwable cause) {
        super(message, cause);
    }
}
