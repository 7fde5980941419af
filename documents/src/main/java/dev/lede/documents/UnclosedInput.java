package dev.lede.documents;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The caller's stream, which the caller closes, with its own read failures told apart from a parser's complaints
 * about the content: a file that cannot be read is lede's "could not be read", not a damaged document.
 */
final class UnclosedInput extends FilterInputStream {
    /** A failure of the underlying stream, carried through the parser. */
    static final class ReadFailure extends UncheckedIOException {
        ReadFailure(IOException cause) {
            super(cause);
        }
    }

    UnclosedInput(InputStream in) {
        super(in);
    }

    @Override
    public int read() {
        try {
            return super.read();
        } catch (IOException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw new ReadFailure(e);
        }
    }

    @Override
    public void close() {
        // The caller's.
    }
}
