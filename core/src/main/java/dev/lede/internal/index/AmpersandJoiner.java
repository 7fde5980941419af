package dev.lede.internal.index;

import java.io.IOException;
import java.io.Reader;

/**
 * A text with each {@code &} between two letters turned into {@code _}, which the tokenizer keeps inside a word
 * ({@code AT&T} becomes {@code AT_T}). One character for one, so offsets into it are offsets into the text. Reads the
 * text whole on the first read, as a pattern-replacing char filter would, but looks only at the ampersands: the
 * pattern it replaces ran a look-behind at every character and took a tenth of indexing.
 */
final class AmpersandJoiner extends Reader {
    private final Reader input;
    private char[] text;
    private int length;
    private int next;

    AmpersandJoiner(Reader input) {
        this.input = input;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        if (text == null) {
            readAll();
        }
        if (next >= length) {
            return count == 0 ? 0 : -1;
        }
        int n = Math.min(count, length - next);
        System.arraycopy(text, next, buffer, offset, n);
        next += n;
        return n;
    }

    private void readAll() throws IOException {
        char[] all = new char[1024];
        int read;
        while ((read = input.read(all, length, all.length - length)) != -1) {
            length += read;
            if (length == all.length) {
                all = java.util.Arrays.copyOf(all, all.length * 2);
            }
        }
        for (int i = 1; i < length - 1; i++) {
            if (all[i] == '&' && Character.isLetter(Character.codePointBefore(all, i))
                    && Character.isLetter(Character.codePointAt(all, i + 1, length))) {
                all[i] = '_';
            }
        }
        text = all;
    }

    @Override
    public void close() throws IOException {
        input.close();
    }
}
