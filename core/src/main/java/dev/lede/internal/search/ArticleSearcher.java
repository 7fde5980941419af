package dev.lede.internal.search;

import dev.lede.Article;
import dev.lede.Feedback;
import dev.lede.Hit;
import dev.lede.InvalidQueryException;
import dev.lede.SearchResults;
import dev.lede.Snippet;
import dev.lede.internal.index.ArticleDocuments;
import dev.lede.internal.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Runs users' queries over one point-in-time view of the index: BM25 ranking, then snippets for the
 * best hits. Made once per view and shared by the threads searching it: the highlighter merges the
 * field information of every segment when first used, which is worth doing once, not per query.
 */
public final class ArticleSearcher {
    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final SnippetHighlighter highlighter;

    public ArticleSearcher(IndexReader reader, Analyzer analyzer) {
        this.analyzer = analyzer;
        this.searcher = new IndexSearcher(reader);
        this.highlighter = new SnippetHighlighter(searcher, analyzer);
    }

    /** The view this searcher searches. */
    public IndexReader reader() {
        return searcher.getIndexReader();
    }

    /** The ranking alone, without snippets or counting: for evaluation runs; {@code feedback} may be {@code null}. */
    public List<Hit> rank(String userQuery, int depth, Feedback feedback) throws IOException {
        ScoreDoc[] docs = searcher.search(ranked(LedeQueryParser.parse(userQuery, analyzer, searcher.getIndexReader()), feedback), depth).scoreDocs;
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            hits.add(new Hit(i + 1, docs[i].score, ArticleDocuments.toArticle(docs[i].doc, stored), new Snippet("", null)));
        }
        return hits;
    }

    private static final int TIES_READ = 50;

    private ScoreDoc[] newestFirstAmongEqualScores(ScoreDoc[] docs, int wanted) throws IOException {
        StoredFields stored = searcher.storedFields();
        Map<Integer, String> dates = new HashMap<>();
        for (ScoreDoc doc : docs) {
            String date = stored.document(doc.doc, Set.of(Fields.PUBLISHED)).get(Fields.PUBLISHED);
            dates.put(doc.doc, date == null ? "" : date); // ISO dates sort as text; undated last
        }
        return Arrays.stream(docs)
                .sorted(Comparator.comparingDouble((ScoreDoc d) -> -d.score).thenComparing(d -> dates.get(d.doc), Comparator.reverseOrder()))
                .limit(wanted).toArray(ScoreDoc[]::new);
    }

    /** The query to rank by: as parsed, or with feedback's words added. */
    private Query ranked(LedeQueryParser.Parsed parsed, Feedback feedback) throws IOException {
        return feedback == null ? parsed.query() : RelevanceFeedback.expand(searcher, analyzer, parsed, feedback);
    }

    public SearchResults search(String userQuery, int limit) throws IOException {
        return search(userQuery, limit, null);
    }

    /** The best hits with snippets; {@code feedback} may be {@code null}, for none. */
    public SearchResults search(String userQuery, int limit, Feedback feedback) throws IOException {
        LedeQueryParser.Parsed parsed = LedeQueryParser.parse(userQuery, analyzer, searcher.getIndexReader());
        int wanted = Math.max(1, limit);
        TopDocs top;
        try {
            // Name filters alone tie often (one mention in texts of like length): some more are read to put the newest first.
            int read = parsed.byMentions() ? wanted + TIES_READ : wanted;
            top = searcher.search(ranked(parsed, feedback), new TopScoreDocCollectorManager(read, SearchResults.EXACT_COUNT_LIMIT));
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw new InvalidQueryException(userQuery, LedeQueryParser.TOO_MANY_TERMS);
        } catch (TooComplexToDeterminizeException unusable) {
            // A pattern too big to run, found as Lucene expands it. Lucene's wording names its classes and
            // limits; the user needs to know what to change. Other failures (a closed view) are not the query's.
            throw new InvalidQueryException(userQuery, LedeQueryParser.UNUSABLE_PATTERN);
        }
        ScoreDoc[] docs = parsed.byMentions() ? newestFirstAmongEqualScores(top.scoreDocs, wanted) : top.scoreDocs;
        int[] docIds = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            docIds[i] = docs[i].doc;
        }
        Snippet[] snippets = highlighter.snippets(parsed.words(), docIds);
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
