package dev.lede.internal.search;

import dev.lede.Article;
import dev.lede.Copy;
import dev.lede.Hit;
import dev.lede.Name;
import dev.lede.SearchResults;
import dev.lede.Snippet;
import dev.lede.internal.index.ArticleDocuments;
import dev.lede.internal.index.CopySignature;
import dev.lede.internal.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * Articles about the same story as a given one: Lucene's MoreLikeThis picks the article's most telling words (by
 * frequency in it and rarity in the index) from its stored headline, text and names, and searches them over the
 * indexed words of headline and text and the names field. The article itself and copies of it are left out: the same
 * text, white space aside, and near-copies ({@link dev.lede.internal.index.CopySignature}). Near-copies of one another
 * among the rest are one hit, as in a search: the best-ranked, with the others as its {@link Hit#copies()}.
 */
public final class SimilarArticles {
    /**
     * How the query is made; {@link #DEFAULT} was measured best on the sample's stories and BBC's sections
     * (EVALUATION.md, "Similar articles").
     *
     * @param terms how many words the query keeps at most
     * @param minDocFreq a word must be in at least this many articles (2: in one other than this one)
     * @param headlineTimes how many times the headline counts against the text
     * @param namesWeight how much a word of the names weighs against one of headline and text
     * @param boost whether each word weighs by its MoreLikeThis score, or all alike
     */
    public record Settings(int terms, int minDocFreq, int headlineTimes, float namesWeight, boolean boost) {
        public static final Settings DEFAULT = new Settings(200, 2, 1, 0.5f, false);
    }

    /** Hits read beyond the limit at first, so that copies left out rarely make a second search necessary. */
    private static final int COPIES_ROOM = 5;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final SnippetHighlighter highlighter;
    private final Settings settings;

    SimilarArticles(IndexSearcher searcher, Analyzer analyzer, SnippetHighlighter highlighter, Settings settings) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.highlighter = highlighter;
        this.settings = settings;
    }

    /** The {@code limit} articles most like the one with this id, best first; empty when no article has it. */
    Optional<SearchResults> similar(String id, int limit, boolean snippets) throws IOException {
        TopDocs found = searcher.search(new TermQuery(new Term(Fields.ID, id)), 1);
        if (found.scoreDocs.length == 0) {
            return Optional.empty();
        }
        StoredFields stored = searcher.storedFields();
        Article article = ArticleDocuments.read(found.scoreDocs[0].doc, stored).article();
        CopyGroups copyGroups = new CopyGroups(searcher);
        byte[] signature = copyGroups.signature(found.scoreDocs[0].doc);
        Query like = like(article);
        Query others = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.ID, id)), BooleanClause.Occur.MUST_NOT).build();
        int read = limit + COPIES_ROOM;
        while (true) {
            TopDocs top = searcher.search(others, new TopScoreDocCollectorManager(read, SearchResults.EXACT_COUNT_LIMIT));
            List<ScoreDoc> candidates = new ArrayList<>();
            List<ArticleDocuments.Stored> articles = new ArrayList<>();
            List<byte[]> signatures = new ArrayList<>();
            int copies = 0;
            for (ScoreDoc doc : top.scoreDocs) {
                ArticleDocuments.Stored candidate = ArticleDocuments.read(doc.doc, stored);
                byte[] candidateSignature = copyGroups.signature(doc.doc);
                if (isCopy(article, candidate.article()) || CopySignature.copies(signature, candidateSignature)) {
                    copies++;
                } else {
                    candidates.add(doc);
                    articles.add(candidate);
                    signatures.add(candidateSignature);
                }
            }
            // Copies of one another among the others are one story, as in a search: the best-ranked shown, the rest named.
            int[] leaderOf = CopyGroups.leaders(signatures.toArray(byte[][]::new));
            int[] shown = IntStream.range(0, candidates.size()).filter(i -> leaderOf[i] == i).limit(limit).toArray();
            boolean complete = shown.length == limit && (limit == 0 || shown[limit - 1] + CopyGroups.REACH < candidates.size());
            if (!complete && top.scoreDocs.length == read) {
                read *= 2; // so many copies that the page came up short, or its last story's copies may lie further down
                continue;
            }
            int[] docIds = Arrays.stream(shown).map(i -> candidates.get(i).doc).toArray();
            Snippet[] passages = snippets ? highlighter.snippets(like, docIds) : null;
            List<List<Copy>> copiesOf = copyGroups.copies(candidates.toArray(ScoreDoc[]::new), leaderOf, shown);
            List<Hit> hits = new ArrayList<>(shown.length);
            for (int s = 0; s < shown.length; s++) {
                int leader = shown[s];
                hits.add(new Hit(s + 1, candidates.get(leader).score, articles.get(leader).article(),
                        passages == null ? new Snippet("", null) : passages[s], articles.get(leader).origin(), copiesOf.get(s)));
            }
            // Copies score as high as anything can, so the ones there are were among those read.
            return Optional.of(new SearchResults(id, Math.max(0, top.totalHits.value() - copies),
                    top.totalHits.relation() == TotalHits.Relation.EQUAL_TO, hits));
        }
    }

    /** Whether a candidate is the same text as the article, white space aside (a text too short for a signature included). */
    private static boolean isCopy(Article article, Article candidate) {
        return normalised(article.body()).equals(normalised(candidate.body()));
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /** The MoreLikeThis query of the article's words: over headline and text (never the body's own field) and names. */
    Query like(Article article) throws IOException {
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {Fields.WORDS, Fields.NAMES});
        mlt.setMinTermFreq(1); // a name or a rare word said once still tells the story
        mlt.setMinDocFreq(settings.minDocFreq());
        mlt.setMaxQueryTerms(settings.terms());
        mlt.setBoost(settings.boost());
        List<Object> words = new ArrayList<>();
        for (int i = 0; i < settings.headlineTimes(); i++) {
            words.add(article.title());
        }
        words.add(article.body());
        List<Object> names = new ArrayList<>(article.names().stream().map(Name::text).toList());
        Query query = mlt.like(Map.<String, Collection<Object>>of(Fields.WORDS, words, Fields.NAMES, names));
        return settings.namesWeight() == 1f ? query : weighNames(query, settings.namesWeight());
    }

    /** The query with its names' words weighted by {@code weight}. */
    private static Query weighNames(Query query, float weight) {
        if (!(query instanceof BooleanQuery words)) {
            return query;
        }
        BooleanQuery.Builder weighed = new BooleanQuery.Builder();
        for (BooleanClause clause : words.clauses()) {
            Query term = clause.query();
            float boost = 1f;
            if (term instanceof BoostQuery boosted) {
                boost = boosted.getBoost();
                term = boosted.getQuery();
            }
            boolean name = term instanceof TermQuery t && t.getTerm().field().equals(Fields.NAMES);
            weighed.add(new BoostQuery(term, name ? boost * weight : boost), clause.occur());
        }
        return weighed.build();
    }
}
