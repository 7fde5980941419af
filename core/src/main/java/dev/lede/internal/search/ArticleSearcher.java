package dev.lede.internal.search;

import dev.lede.Article;
import dev.lede.Hit;
import dev.lede.InvalidQueryException;
import dev.lede.SearchResults;
import dev.lede.Snippet;
import dev.lede.internal.index.ArticleDocuments;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/** Runs a user's query over one point-in-time view of the index: BM25 ranking, then snippets for the best hits. */
public final class ArticleSearcher {
    private ArticleSearcher() {}

    /** The ranking alone, without snippets or counting: for evaluation runs. */
    public static List<Hit> rank(IndexReader reader, Analyzer analyzer, String userQuery, int depth) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        ScoreDoc[] docs = searcher.search(LedeQueryParser.parse(userQuery, analyzer).query(), depth).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            hits.add(new Hit(i + 1, docs[i].score, ArticleDocuments.toArticle(docs[i].doc, stored), new Snippet("", null)));
        }
        return hits;
    }

    public static SearchResults search(IndexReader reader, Analyzer analyzer, String userQuery, int limit) throws IOException {
        LedeQueryParser.Parsed parsed = LedeQueryParser.parse(userQuery, analyzer);
        IndexSearcher searcher = new IndexSearcher(reader);
        int wanted = Math.max(1, limit);
        TopDocs top;
        try {
            top = searcher.search(parsed.query(), new TopScoreDocCollectorManager(wanted, SearchResults.EXACT_COUNT_LIMIT));
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw new InvalidQueryException(userQuery, "The query is too complex (too many terms or nested brackets); make it simpler.");
        } catch (IllegalArgumentException | IllegalStateException unusable) {
            throw new InvalidQueryException(userQuery, "The query has a pattern lede cannot run: " + unusable.getMessage() + ".");
        }
        ScoreDoc[] docs = top.scoreDocs;
        int[] docIds = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            docIds[i] = docs[i].doc;
        }
        Snippet[] snippets = new SnippetHighlighter(searcher, analyzer).snippets(parsed.words(), docIds);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Article article = ArticleDocuments.toArticle(docs[i].doc, stored);
            hits.add(new Hit(i + 1, docs[i].score, article, snippets[i]));
        }
        return new SearchResults(userQuery, top.totalHits.value(), top.totalHits.relation() == TotalHits.Relation.EQUAL_TO,
                limit <= 0 ? List.of() : hits);
    }
}
