package dev.lede;

import java.util.Objects;

/**
 * Where an indexed article was read from, so that a hit can be traced back to its file (a plain-text file has
 * no link to go by). The index keeps it beside the article, not as part of it: the article's id and whether it
 * changed do not depend on where it was read.
 *
 * @param path the file, absolute and normalised, as it was when the article was written to the index
 * @param line its line in a JSON Lines file, from 1; 0 for formats of one article per file
 */
public record Origin(String path, long line) {
    /** An origin; the path must not be blank and the line not below 0. */
    public Origin {
        Objects.requireNonNull(path, "path");
        if (path.isBlank() || line < 0) {
            throw new IllegalArgumentException("an origin needs a path and a line of 0 or more");
        }
    }

    /** {@return {@code path}, or {@code path:line} for JSON Lines} */
    public String location() {
        return line > 0 ? path + ":" + line : path;
    }
}
