package dev.lede;

/** Another process (or another {@link Lede} in this one) is writing to the same index. */
public class IndexLockedException extends IndexUnusableException {
    public IndexLockedException(String message, Throwable cause) {
        super(message, cause);
    }
}
