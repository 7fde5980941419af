package dev.lede;

/** A problem the caller can act on; its message is one plain sentence meant for the end user. */
public class LedeException extends RuntimeException {
    /**
     * An exception with this message.
     *
     * @param message one plain sentence for the end user
     */
    public LedeException(String message) {
        super(message);
    }

    /**
     * An exception with this message and the failure that led to it.
     *
     * @param message one plain sentence for the end user
     * @param cause the failure underneath, for the logs
     */
    public LedeException(String message, Throwable cause) {
        super(message, cause);
    }
}
