package dev.lede;

/** The index cannot be used as it is: damaged, written by another Lucene version, or a directory of other files. */
public class IndexUnusableException extends LedeException {
    public IndexUnusableException(String message) {
        super(message);
    }

    public IndexUnusableException(String message, Throwable cause) {
        super(message, cause);
    }
}
