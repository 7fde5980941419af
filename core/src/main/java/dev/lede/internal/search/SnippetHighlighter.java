package dev.lede.internal.search;

import dev.lede.Snippet;
import dev.lede.internal.index.Fields;
import dev.lede.internal.index.TextLayout;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, returning {@link Snippet}s of the text. It marks the query's terms of the text
 * field, read from the offsets stored in the postings: measured faster than also marking title and name terms,
 * which needs the text analysed again.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    private static final int PASSAGES = 2;

    /** The indexed field whose offsets mark the text: {@link Fields#WORDS}, or the text's own in an index written before format 4. */
    private final String field;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1)
                // Plain words of an index written before format 4 are searched in one field and marked in another.
                .withFieldMatcher(field -> field.equals(Fields.BODY) || field.equals(Fields.WORDS)));
        this.field = TextLayout.of(searcher.getIndexReader()).textField();
    }

    Snippet[] snippets(Query query, int[] docIds) throws IOException {
        int[] passages = {PASSAGES};
        Object[] found = highlightFieldsAsObjects(new String[] {field}, query, docIds, passages).get(field);
        Snippet[] snippets = new Snippet[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = found[i] instanceof Snippet snippet ? snippet : new Snippet("", null);
        }
        return snippets;
    }

    /**
     * {@link Fields#WORDS} holds the text first and the headline after it; the stored text is its first value, so
     * the offsets of the text are offsets in it and those of the headline fall past its end, where the highlighter
     * stops.
     */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
            throws IOException {
        String[] stored = fields.clone();
        for (int i = 0; i < stored.length; i++) {
            if (stored[i].equals(Fields.WORDS)) {
                stored[i] = Fields.BODY;
            }
        }
        return super.loadFieldValues(stored, docIter, cacheCharsThreshold);
    }
}
