package dev.lede;

/** Another process (or another {@link Lede} in this one) is writing to the same index. */
public class IndexLockedException extends IndexUnusableException {
    /**
     * An exception with this message and the failure that led to it.
     *
     * @param message one plain sentence for the end user
     * @param cause the failure underneath
     */
    public IndexLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
