package dev.lede.internal.search;

import dev.lede.Snippet;
import dev.lede.internal.index.Fields;
import java.io.IOException;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Lucene's unified highlighter, returning {@link Snippet}s of the body for the words of any searched field. */
final class SnippetHighlighter extends UnifiedHighlighter {
    private static final int PASSAGES = 2;
    private static final Set<String> MATCHED_FIELDS = Set.of(Fields.TITLE, Fields.BODY, Fields.NAMES);

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(1)
                // A word found in the title or names should still be marked where the body says it.
                .withFieldMatcher(field -> MATCHED_FIELDS.contains(field) || field.startsWith(Fields.NAMES)));
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
