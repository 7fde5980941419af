package dev.lede.internal.search;

import dev.lede.Feedback;
import dev.lede.Hit;
import dev.lede.InvalidQueryException;
import dev.lede.Search;
import dev.lede.SearchResults;
import dev.lede.Sort;
import dev.lede.Snippet;
import dev.lede.internal.index.ArticleDocuments;
import dev.lede.internal.index.Fields;
import dev.lede.internal.semantic.Fusion;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.similarities.AfterEffectB;
import org.apache.lucene.search.similarities.BasicModelIn;
import org.apache.lucene.search.similarities.DFRSimilarity;
import org.apache.lucene.search.similarities.NormalizationH2;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Runs users' queries over one point-in-time view of the index: ranking (DFR, {@link #RANKING}), then snippets for the
 * best hits. Made once per view and shared by the threads searching it: the highlighter merges the
 * field information of every segment when first used, which is worth doing once, not per query.
 */
public final class ArticleSearcher {
    /**
     * How a word's matches score: divergence from randomness (Amati and van Rijsbergen; Lucene's DFRSimilarity), the
     * inverse document frequency model, Bernoulli after-effect and normalisation H2 with c = 2. On the BBC topics it
     * ranks better than BM25 in both halves (EVALUATION.md, "Ranking functions"); the index's norms are the same.
     */
    public static final Similarity RANKING = new DFRSimilarity(new BasicModelIn(), new AfterEffectB(), new NormalizationH2(2f));

    private final Analyzer analyzer;
    private final IndexSearcher searcher;
    private final SnippetHighlighter highlighter;
    /** Fuses the words' ranking with the nearest vectors' (hybrid retrieval); null for the words' ranking alone. */
    private final Fusion fusion;
    private final CopyGroups copyGroups;
    /** Whether the index keeps near-copy signatures; without them searches are not grouped. */
    private final boolean copiesKept;

    public ArticleSearcher(IndexReader reader, Analyzer analyzer) {
        this(reader, analyzer, null);
    }

    public ArticleSearcher(IndexReader reader, Analyzer analyzer, Fusion fusion) {
        this.fusion = fusion;
        this.analyzer = analyzer;
        this.searcher = new IndexSearcher(reader);
        searcher.setSimilarity(RANKING);
        this.highlighter = new SnippetHighlighter(searcher, analyzer);
        this.copyGroups = new CopyGroups(searcher);
        this.copiesKept = CopyGroups.kept(reader);
    }

    /** The view this searcher searches. */
    public IndexReader reader() {
        return searcher.getIndexReader();
    }

    /** The ranking alone, without snippets or counting: for evaluation runs; {@code feedback} may be {@code null}. */
    public List<Hit> rank(String userQuery, int depth, Feedback feedback) throws IOException {
        LedeQueryParser.Parsed parsed = LedeQueryParser.parse(userQuery, analyzer, searcher.getIndexReader());
        Search search = Search.of(userQuery).withFeedback(feedback);
        ScoreDoc[] docs = ordered(search, parsed, parsed.query(), searcher.search(parsed.query(), read(parsed, depth, feedback)).scoreDocs, depth);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            ArticleDocuments.Stored found = ArticleDocuments.read(docs[i].doc, stored);
            hits.add(new Hit(i + 1, docs[i].score, found.article(), new Snippet("", null), found.origin()));
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

    /** How many matches by relevance to read for {@code wanted}: more when vectors fuse or feedback reorders them. */
    private int read(LedeQueryParser.Parsed parsed, int wanted, Feedback feedback) {
        return Math.max(wanted, Math.max(fusing(parsed) ? Fusion.DEPTH : 0, feedback == null ? 0 : feedback.depth()));
    }

    /** Name filters alone keep their ranking by mentions; every other query is fused when the view has vectors. */
    private boolean fusing(LedeQueryParser.Parsed parsed) {
        return fusion != null && parsed != null && !parsed.byMentions();
    }

    /**
     * The matches by relevance in the search's final order, the first {@code wanted}: reordered by feedback, fused
     * with the nearest vectors, or both. Plain words may find articles without them through the vectors, within the
     * search's typed filters; any other query keeps to its matches.
     */
    private ScoreDoc[] ordered(Search search, LedeQueryParser.Parsed parsed, Query matching, ScoreDoc[] lexical, int wanted)
            throws IOException {
        ScoreDoc[] docs = search.feedback() == null ? lexical
                : RelevanceFeedback.rerank(searcher, analyzer, parsed.layout(), lexical, search.feedback());
        if (fusing(parsed)) {
            Query within = !Fusion.plainWords(search.query()) ? matching
                    : search.unfiltered() ? null : SearchQuery.filtered(null, search);
            docs = fusion.fuse(searcher, search.query(), within, docs);
        }
        return Arrays.copyOf(docs, Math.min(wanted, docs.length));
    }

    public SearchResults search(String userQuery, int limit) throws IOException {
        return search(Search.of(userQuery).page(0, Math.clamp(limit, 0, Search.MAX_WINDOW)));
    }

    /**
     * One page of a search's hits: its query and FILTER clauses for its filters, in its order. Matches are counted
     * exactly up to {@link SearchResults#EXACT_COUNT_LIMIT} or the page's end, whichever is further.
     */
    public SearchResults search(Search search) throws IOException {
        LedeQueryParser.Parsed parsed = search.query() == null ? null
                : LedeQueryParser.parse(search.query(), analyzer, searcher.getIndexReader());
        Query query = SearchQuery.filtered(parsed == null ? null : parsed.query(), search);
        // Without a query there is no score to rank by: newest first.
        Sort order = search.sort() == Sort.RELEVANCE && parsed == null ? Sort.NEWEST : search.sort();
        int wanted = search.offset() + Math.max(1, search.limit());
        if (!search.copiesGrouped() || !copiesKept) {
            Ranked top = best(search, parsed, query, order, wanted);
            ScoreDoc[] docs = Arrays.copyOfRange(top.best(), Math.min(search.offset(), top.best().length),
                    Math.min(search.offset() + search.limit(), top.best().length));
            return results(search, parsed, top.total(), docs, null);
        }
        // Twice the page's end and the copies' reach, so that folding copies still fills the page; more only when not.
        int window = Math.min(Search.MAX_WINDOW, 2 * wanted + CopyGroups.REACH);
        while (true) {
            Ranked top = best(search, parsed, query, order, window);
            ScoreDoc[] best = top.best();
            byte[][] signatures = new byte[best.length][];
            int[] leaderOf = copyGroups.leaders(best, signatures);
            int[] leaders = java.util.stream.IntStream.range(0, best.length).filter(i -> leaderOf[i] == i).toArray();
            boolean moreToRead = best.length == window && window < Search.MAX_WINDOW;
            int[] shown = Arrays.copyOfRange(leaders, Math.min(search.offset(), leaders.length),
                    Math.min(search.offset() + search.limit(), leaders.length));
            // Enough read to fill the page, and to find every copy of its last hit within reach.
            boolean complete = leaders.length >= wanted
                    && (shown.length == 0 || shown[shown.length - 1] + CopyGroups.REACH < best.length);
            if (!complete && moreToRead) {
                window = (int) Math.min(Search.MAX_WINDOW, 2L * window);
                continue;
            }
            ScoreDoc[] docs = Arrays.stream(shown).mapToObj(i -> best[i]).toArray(ScoreDoc[]::new);
            return results(search, parsed, top.total(), docs, copyGroups.copies(best, leaderOf, shown));
        }
    }

    /**
     * A hit sorted by date carries its score as the sort's second value, not as its score (which Lucene leaves at NaN):
     * a page sorted by date shows each hit's relevance as a page by relevance does.
     */
    private static void withScores(ScoreDoc[] sorted) {
        for (ScoreDoc hit : sorted) {
            if (hit instanceof FieldDoc byDate && byDate.fields.length > 1 && byDate.fields[1] instanceof Float score) {
                hit.score = score;
            }
        }
    }

    /** The best {@code wanted} matches in the search's order, and how many match. */
    private record Ranked(ScoreDoc[] best, TotalHits total) {}

    private Ranked best(Search search, LedeQueryParser.Parsed parsed, Query query, Sort order, int wanted) throws IOException {
        int counted = Math.max(wanted, SearchResults.EXACT_COUNT_LIMIT);
        boolean ties = order == Sort.RELEVANCE && parsed.byMentions();
        TopDocs top;
        try {
            if (order == Sort.RELEVANCE) {
                // Name filters alone tie often (one mention in texts of like length): some more are read to put the newest first.
                int read = ties ? wanted + TIES_READ : read(parsed, wanted, search.feedback());
                top = searcher.search(query, new TopScoreDocCollectorManager(read, counted));
            } else {
                SearchQuery.requireDateValues(searcher.getIndexReader());
                top = searcher.search(query, new TopFieldCollectorManager(SearchQuery.byDate(order == Sort.NEWEST), wanted, null, counted));
                withScores(top.scoreDocs);
            }
        } catch (IndexSearcher.TooManyClauses tooMany) {
            throw new InvalidQueryException(search.query(), LedeQueryParser.TOO_MANY_TERMS);
        } catch (TooComplexToDeterminizeException unusable) {
            // A pattern too big to run, found as Lucene expands it. Lucene's wording names its classes and
            // limits; the user needs to know what to change. Other failures (a closed view) are not the query's.
            throw new InvalidQueryException(search.query(), LedeQueryParser.UNUSABLE_PATTERN);
        }
        ScoreDoc[] best = order != Sort.RELEVANCE || parsed == null ? top.scoreDocs
                : ties ? newestFirstAmongEqualScores(ordered(search, parsed, query, top.scoreDocs, top.scoreDocs.length), wanted)
                : ordered(search, parsed, query, top.scoreDocs, wanted);
        return new Ranked(best, top.totalHits);
    }

    /** The page's hits with snippets and, when grouped, their copies ({@code null} for none). */
    private SearchResults results(Search search, LedeQueryParser.Parsed parsed, TotalHits total, ScoreDoc[] docs,
            List<List<dev.lede.Copy>> copies) throws IOException {
        int[] docIds = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            docIds[i] = docs[i].doc;
        }
        Snippet[] snippets = highlighter.snippets(parsed == null ? MatchAllDocsQuery.INSTANCE : parsed.words(), docIds);
        StoredFields stored = searcher.storedFields();
        List<Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            ArticleDocuments.Stored found = ArticleDocuments.read(docs[i].doc, stored);
            hits.add(new Hit(search.offset() + i + 1, docs[i].score, found.article(), snippets[i], found.origin(),
                    copies == null ? List.of() : copies.get(i)));
        }
        return new SearchResults(search.query() == null ? "" : search.query(), total.value(),
                total.relation() == TotalHits.Relation.EQUAL_TO, hits);
    }

    /**
     * The other articles of the index that are near-copies of the article with this id; empty when there is none. The
     * candidates are the best matches of a search for the article's most telling words ({@link SimilarArticles#like}).
     */
    public List<dev.lede.Copy> copies(String id) throws IOException {
        if (!copiesKept) {
            return List.of();
        }
        ScoreDoc[] found = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1).scoreDocs;
        if (found.length == 0) {
            return List.of();
        }
        dev.lede.Article article = ArticleDocuments.read(found[0].doc, searcher.storedFields()).article();
        Query words = new SimilarArticles(searcher, analyzer, highlighter, SimilarArticles.Settings.DEFAULT).like(article);
        return copyGroups.of(found[0].doc, words);
    }

    /** Hits read per page by {@link #forEachMatch}: a page's hits, not all of them, are held at once. */
    static final int EXPORT_PAGE = 500;

    /**
     * Every match of a search, in its order, to {@code each}, a page at a time (Lucene's searchAfter cursor: no
     * depth limit, and no more than a page held at once); the search's offset and limit do not apply. Ranked by
     * the words alone (the vectors' fusion reorders a page, not a whole result list). Returns how many there were.
     */
    public long forEachMatch(Search search, boolean snippets, Consumer<? super Hit> each) throws IOException {
        LedeQueryParser.Parsed parsed = search.query() == null ? null
                : LedeQueryParser.parse(search.query(), analyzer, searcher.getIndexReader());
        Query query = SearchQuery.filtered(parsed == null ? null : parsed.query(), search);
        Sort order = search.sort() == Sort.RELEVANCE && parsed == null ? Sort.NEWEST : search.sort();
        if (order != Sort.RELEVANCE) {
            SearchQuery.requireDateValues(searcher.getIndexReader());
        }
        Query words = parsed == null ? MatchAllDocsQuery.INSTANCE : parsed.words();
        StoredFields stored = searcher.storedFields();
        ScoreDoc after = null;
        long rank = 0;
        while (true) {
            TopDocs page;
            // Feedback reorders the best of the first page; the cursor follows the order before it.
            boolean reordering = after == null && order == Sort.RELEVANCE && parsed != null && search.feedback() != null;
            try {
                page = order == Sort.RELEVANCE ? searcher.searchAfter(after, query, reordering ? Math.max(EXPORT_PAGE, search.feedback().depth()) : EXPORT_PAGE)
                        : searcher.searchAfter((FieldDoc) after, query, EXPORT_PAGE, SearchQuery.byDate(order == Sort.NEWEST), true);
            } catch (IndexSearcher.TooManyClauses tooMany) {
                throw new InvalidQueryException(search.query(), LedeQueryParser.TOO_MANY_TERMS);
            } catch (TooComplexToDeterminizeException unusable) {
                throw new InvalidQueryException(search.query(), LedeQueryParser.UNUSABLE_PATTERN);
            }
            if (page.scoreDocs.length == 0) {
                return rank;
            }
            ScoreDoc[] docs = reordering
                    ? RelevanceFeedback.rerank(searcher, analyzer, parsed.layout(), page.scoreDocs, search.feedback())
                    : page.scoreDocs;
            int[] docIds = Arrays.stream(docs).mapToInt(doc -> doc.doc).toArray();
            Snippet[] found = snippets ? highlighter.snippets(words, docIds) : null;
            for (int i = 0; i < docs.length; i++) {
                rank++;
                ArticleDocuments.Stored read = ArticleDocuments.read(docs[i].doc, stored);
                each.accept(new Hit((int) Math.min(rank, Integer.MAX_VALUE), docs[i].score, read.article(),
                        found == null ? NO_SNIPPET : found[i], read.origin()));
            }
            after = page.scoreDocs[page.scoreDocs.length - 1];
        }
    }

    private static final Snippet NO_SNIPPET = new Snippet("", null);

    /** The articles most like the one with this id, with snippets; empty when no article has the id. */
    public Optional<SearchResults> similar(String id, int limit) throws IOException {
        return similar(id, limit, SimilarArticles.Settings.DEFAULT, true);
    }

    /** The same, made with other settings (for measuring them), with or without snippets. */
    public Optional<SearchResults> similar(String id, int limit, SimilarArticles.Settings settings, boolean snippets) throws IOException {
        return new SimilarArticles(searcher, analyzer, highlighter, settings).similar(id, limit, snippets);
    }

    /**
     * The query with its misspelt words corrected, when it matches fewer than {@code below} articles and the
     * corrected query matches more; otherwise empty.
     */
    public Optional<String> suggest(String userQuery, int below) throws IOException {
        int matches = searcher.count(LedeQueryParser.parse(userQuery, analyzer, searcher.getIndexReader()).query());
        if (matches >= below) {
            return Optional.empty();
        }
        Optional<String> corrected = new Spelling(searcher, analyzer, below).correct(userQuery);
        if (corrected.isEmpty()) {
            return corrected;
        }
        try {
            int better = searcher.count(LedeQueryParser.parse(corrected.get(), analyzer, searcher.getIndexReader()).query());
            return better > matches ? corrected : Optional.empty();
        } catch (InvalidQueryException unparsable) {
            return Optional.empty(); // a correction that made the query's syntax wrong is no help
        }
    }
}
