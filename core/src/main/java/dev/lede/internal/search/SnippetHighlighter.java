package dev.lede.internal.search;

import dev.lede.Snippet;
import dev.lede.internal.index.Fields;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter, returning {@link Snippet}s of the body. It marks the query's body terms,
 * read from the offsets stored in the postings: measured faster than also marking title and name terms,
 * which needs the text analysed again.
 */
final class SnippetHighlighter extends UnifiedHighlighter {
    private static final int PASSAGES = 2;

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1)
                // Plain words are searched in the field of headline and text together; they are marked in the text.
                .withFieldMatcher(field -> field.equals(Fields.BODY) || field.equals(Fields.WORDS)));
    }

    Snippet[] snippets(Query query, int[] docIds) throws IOException {
        int[] passages = {PASSAGES};
        Object[] found = highlightFieldsAsObjects(new String[] {Fields.BODY}, query, docIds, passages).get(Fields.BODY);
        Snippet[] snippets = new Snippet[docIds.length];
        for (int i = 0; i < docIds.length; i++) {
            snippets[i] = found[i] instanceof Snippet snippet ? snippet : new Snippet("", null);
        }
        return snippets;
    }
}
