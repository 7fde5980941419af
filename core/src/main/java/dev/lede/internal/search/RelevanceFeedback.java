package dev.lede.internal.search;

import dev.lede.Feedback;
import dev.lede.internal.index.Fields;
import dev.lede.internal.index.TextLayout;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * Pseudo-relevance feedback, RM3 (Lavrenko and Croft's relevance model, interpolated with the query as
 * Anserini does): each word of the best articles weighs its share of the article's words times the article's
 * share of their scores; the heaviest words, their weights made to sum to one, score the best matches again.
 * Reordering the matches already found costs less than searching again with the words added, and ranked better on
 * held-out judged topics (EVALUATION.md).
 */
final class RelevanceFeedback {
    /** Words in more than this share of the articles say little about a story ("said", "year") and are not added. */
    static final double MAX_ARTICLE_SHARE = 0.1;

    private static final Set<String> READ = Set.of(Fields.TITLE, Fields.BODY);

    private RelevanceFeedback() {}

    /**
     * The matches reordered by feedback: the words of the best {@link Feedback#articles()} of them, added to each of
     * the best {@link Feedback#depth()} matches' score where it has them; the matches past that depth keep their
     * order. No article is added or dropped, so counts, filters and exclusions stay those of the query as typed.
     */
    static ScoreDoc[] rerank(IndexSearcher searcher, Analyzer analyzer, TextLayout layout, ScoreDoc[] matches, Feedback feedback)
            throws IOException {
        Query added = addedWords(searcher, analyzer, layout, Arrays.copyOf(matches, Math.min(matches.length, feedback.articles())), feedback);
        if (added == null) {
            return matches;
        }
        ScoreDoc[] head = Arrays.copyOf(matches, Math.min(matches.length, feedback.depth()));
        TopDocs first = new TopDocs(new TotalHits(head.length, TotalHits.Relation.EQUAL_TO), head);
        ScoreDoc[] reordered = QueryRescorer.rescore(searcher, first, added, 1, head.length).scoreDocs;
        ScoreDoc[] all = matches.clone();
        System.arraycopy(reordered, 0, all, 0, reordered.length);
        return all;
    }

    /** The heaviest words of these articles, weighed as RM3 weighs them, as one query; {@code null} when there are none. */
    private static Query addedWords(IndexSearcher searcher, Analyzer analyzer, TextLayout layout, ScoreDoc[] top, Feedback feedback) throws IOException {
        if (top.length == 0) {
            return null;
        }
        double scores = 0;
        for (ScoreDoc doc : top) {
            scores += doc.score;
        }
        IndexReader reader = searcher.getIndexReader();
        double common = reader.maxDoc() * MAX_ARTICLE_SHARE;
        StoredFields stored = searcher.storedFields();
        Map<String, Double> model = new HashMap<>();
        for (ScoreDoc doc : top) {
            Document article = stored.document(doc.doc, READ);
            Map<String, Integer> counts = counts(analyzer, article.get(Fields.TITLE) + "\n" + article.get(Fields.BODY));
            double length = counts.values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<String, Integer> word : counts.entrySet()) {
                model.merge(word.getKey(), doc.score / scores * word.getValue() / length, Double::sum);
            }
        }
        // The heaviest first, so that only as many words are looked up in the index as it takes to find the rare ones.
        List<Map.Entry<String, Double>> best = model.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .filter(word -> docFreq(reader, layout, word.getKey()) <= common)
                .limit(feedback.terms()).toList();
        double total = best.stream().mapToDouble(Map.Entry::getValue).sum();
        if (best.isEmpty() || !(total > 0)) {
            return null;
        }
        BooleanQuery.Builder added = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> word : best) {
            added.add(new BoostQuery(word(word.getKey(), layout), (float) (feedback.weight() * word.getValue() / total)),
                    BooleanClause.Occur.SHOULD);
        }
        return added.build();
    }

    /** A word over headline and text, scored as the default ranker scores a query's word. */
    private static Query word(String word, TextLayout layout) {
        return layout == TextLayout.WORDS ? new TermQuery(new Term(Fields.WORDS, word)) : LedeQueryParser.word(word, Fields.HEADLINE_WEIGHT);
    }

    private static int docFreq(IndexReader reader, TextLayout layout, String word) {
        try {
            return reader.docFreq(new Term(layout.textField(), word));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Integer> counts(Analyzer analyzer, String text) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        try (TokenStream stream = analyzer.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                counts.merge(term.toString(), 1, Integer::sum);
            }
            stream.end();
        }
        return counts;
    }
}
