package dev.lede.internal.search;

import dev.lede.Snippet;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's best passages into a {@link Snippet}: their text joined, with the matched words' positions. */
final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = " … ";
    /** A second passage is shown only if the snippet stays about three lines long. */
    private static final int MAX_CHARS = 320;

    @Override
    public Snippet format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Span> spans = new ArrayList<>();
        for (Passage passage : passages) {
            int from = passage.getStartOffset();
            int to = passage.getEndOffset();
            while (from < to && Character.isWhitespace(content.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(content.charAt(to - 1))) {
                to--;
            }
            if (!text.isEmpty()) {
                if (text.length() + ELLIPSIS.length() + (to - from) > MAX_CHARS) {
                    break;
                }
                text.append(ELLIPSIS);
            }
            int base = text.length() - from;
            int lastEnd = -1;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], Math.max(lastEnd, from));
                int end = Math.min(passage.getMatchEnds()[i], to);
                if (end > start) {
                    spans.add(new Snippet.Span(base + start, base + end));
                    lastEnd = end;
                }
            }
            // Paragraph breaks inside a passage read as spaces on one line.
            text.append(content.substring(from, to).replace('\n', ' '));
        }
        return new Snippet(text.toString(), spans);
    }
}
