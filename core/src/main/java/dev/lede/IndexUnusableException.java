package dev.lede;

/** The index cannot be used as it is: damaged, written by another Lucene version, or a directory of other files. */
public class IndexUnusableException extends LedeException {
    /**
     * An exception with this message.
     *
     * @param message one plain sentence for the end user
     */
    public IndexUnusableException(String message) {
        super(message);
    }

    /**
     * An exception with this message and the failure that led to it.
     *
     * @param message one plain sentence for the end user
     * @param cause the failure underneath
     */
    public IndexUnusableException(String message, Throwable cause) {
        super(message, cause);
    }
}
