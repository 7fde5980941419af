package dev.lede;

import java.util.List;

/**
 * A short passage of an article's text with the words that matched the query.
 *
 * @param text the passage
 * @param highlights where the matched words are in {@code text}, in order and not overlapping
 */
public record Snippet(String text, List<Snippet.Span> highlights) {
    /**
     * The characters {@code [start, end)} of the snippet's text.
     *
     * @param start the first character's index
     * @param end the index after the last character
     */
    public record Span(int start, int end) {}

    /** A snippet; a missing text is empty, missing highlights are none. */
    public Snippet {
        text = text == null ? "" : text;
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
    }

    /**
     * {@return the text with each matched word wrapped in {@code before} and {@code after}}, e.g.
     * {@code marked("**", "**")}.
     *
     * @param before what to put before each matched word
     * @param after what to put after it
     */
    public String marked(String before, String after) {
        StringBuilder out = new StringBuilder(text.length() + highlights.size() * 8);
        int at = 0;
        for (Span span : highlights) {
            out.append(text, at, span.start()).append(before).append(text, span.start(), span.end()).append(after);
            at = span.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    @Override
    public String toString() {
        return marked("**", "**");
    }
}
