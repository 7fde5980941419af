package dev.lede;

/**
 * Where an article mentions a name: in its title or its body, as character offsets into that text.
 *
 * @param inTitle true for the title, false for the body
 * @param start the offset of the mention's first character
 * @param end the offset just after its last character
 */
public record NamePosition(boolean inTitle, int start, int end) {
    /** A position; refused with {@link IllegalArgumentException} when it starts below 0 or ends before it starts. */
    public NamePosition {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a name position runs from an offset to one not before it: " + start + ".." + end);
        }
    }

    /**
     * {@return the mention's words as the text writes them; empty when the offsets lie outside it}
     *
     * @param title the article's title
     * @param body the article's body
     */
    public String in(String title, String body) {
        String text = inTitle ? title : body;
        return text == null || end > text.length() ? "" : text.substring(start, end);
    }
}
