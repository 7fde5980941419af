package dev.lede.internal.search;

import dev.lede.Snippet;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/** Turns the highlighter's best passages into a {@link Snippet}: their text joined, with the matched words' positions. */
final class SnippetFormatter extends PassageFormatter {
    static final String ELLIPSIS = " … ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Span> spans = new ArrayList<>();
        for (Passage passage : passages) {
            if (!text.isEmpty()) {
                text.append(ELLIPSIS);
            }
            int base = text.length() - passage.getStartOffset();
            int lastEnd = -1;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = Math.max(passage.getMatchStarts()[i], Math.max(lastEnd, passage.getStartOffset()));
                int end = Math.min(passage.getMatchEnds()[i], passage.getEndOffset());
                if (end > start) {
                    spans.add(new Snippet.Span(base + start, base + end));
                    lastEnd = end;
                }
            }
            text.append(content, passage.getStartOffset(), passage.getEndOffset());
        }
        return trimmed(text, spans);
    }

    /** Passages end at sentence breaks and keep the break's whitespace; drop it. */
    private static Snippet trimmed(StringBuilder text, List<Snippet.Span> spans) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Snippet(text.substring(0, end), spans);
    }
}
