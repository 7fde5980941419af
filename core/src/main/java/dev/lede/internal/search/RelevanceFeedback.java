package dev.lede.internal.search;

import dev.lede.Feedback;
import dev.lede.internal.index.Fields;
import dev.lede.internal.index.TextLayout;
import java.io.IOException;
import java.util.ArrayList;
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
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Pseudo-relevance feedback, RM3 (Lavrenko and Croft's relevance model, interpolated with the query as
 * Anserini does): each word of the best articles weighs its share of the article's words times the article's
 * share of their scores; the heaviest words, their weights made to sum to one, are added to the query.
 */
final class RelevanceFeedback {
    /** Words in more than this share of the articles say little about a story ("said", "year") and are not added. */
    static final double MAX_ARTICLE_SHARE = 0.1;

    private static final Set<String> READ = Set.of(Fields.TITLE, Fields.BODY);

    private RelevanceFeedback() {}

    /**
     * The headline's weight for feedback's searches, and a bonus for the query's words near each other: with
     * feedback these did better on held-out topics than the default ranker's headline x4 without it (EVALUATION.md).
     */
    static final float HEADLINE_WEIGHT = 2f;
    static final int NEAR_SLOP = 4;

    /** The query with the feedback words added. */
    static Query expand(IndexSearcher searcher, Analyzer analyzer, LedeQueryParser.Parsed parsed, Feedback feedback) throws IOException {
        boolean plainWords = !parsed.plainWords().isEmpty();
        TextLayout layout = parsed.layout();
        Query query = plainWords ? wordsNearEachOther(parsed.plainWords(), layout) : parsed.query();
        ScoreDoc[] top = searcher.search(query, feedback.articles()).scoreDocs;
        if (top.length == 0) {
            return query;
        }
        double scores = 0;
        for (ScoreDoc doc : top) {
            scores += doc.score;
        }
        IndexReader reader = searcher.getIndexReader();
        double common = reader.maxDoc() * MAX_ARTICLE_SHARE;
        StoredFields stored = searcher.storedFields();
        Map<String, Double> model = new HashMap<>();
        Map<String, Boolean> rare = new HashMap<>();
        for (ScoreDoc doc : top) {
            Document article = stored.document(doc.doc, READ);
            Map<String, Integer> counts = counts(analyzer, article.get(Fields.TITLE) + "\n" + article.get(Fields.BODY));
            double length = counts.values().stream().mapToInt(Integer::intValue).sum();
            for (Map.Entry<String, Integer> word : counts.entrySet()) {
                boolean kept = rare.computeIfAbsent(word.getKey(), w -> docFreq(reader, layout, w) <= common);
                if (kept) {
                    model.merge(word.getKey(), doc.score / scores * word.getValue() / length, Double::sum);
                }
            }
        }
        List<Map.Entry<String, Double>> best = model.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(feedback.terms()).toList();
        double total = best.stream().mapToDouble(Map.Entry::getValue).sum();
        if (best.isEmpty() || !(total > 0)) {
            return query;
        }
        BooleanQuery.Builder added = new BooleanQuery.Builder();
        for (Map.Entry<String, Double> word : best) {
            added.add(new BoostQuery(word(word.getKey(), layout), (float) (feedback.weight() * word.getValue() / total)),
                    BooleanClause.Occur.SHOULD);
        }
        // A query with operators or filters must still hold: the added words then only reorder what it matches.
        return new BooleanQuery.Builder()
                .add(query, plainWords ? BooleanClause.Occur.SHOULD : BooleanClause.Occur.MUST)
                .add(added.build(), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** The words over headline and text, and a bonus where all of them stand within a few positions in either. */
    private static Query wordsNearEachOther(List<String> words, TextLayout layout) {
        BooleanQuery.Builder sum = new BooleanQuery.Builder();
        for (String word : words) {
            sum.add(word(word, layout), BooleanClause.Occur.SHOULD);
        }
        if (words.size() < 2) {
            return sum.build();
        }
        List<Query> near = new ArrayList<>();
        for (String field : List.of(Fields.TITLE, layout.textField())) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(NEAR_SLOP);
            for (int i = 0; i < words.size(); i++) {
                phrase.add(new Term(field, words.get(i)), i);
            }
            near.add(phrase.build());
        }
        return new BooleanQuery.Builder().add(sum.build(), BooleanClause.Occur.MUST)
                .add(new DisjunctionMaxQuery(near, 0.1f), BooleanClause.Occur.SHOULD).build();
    }

    /**
     * A word over headline and text: as the default ranker scores it where the index holds both in one field
     * ({@link Fields#WORDS}), else with the headline counting {@link #HEADLINE_WEIGHT} times.
     */
    private static Query word(String word, TextLayout layout) {
        return layout == TextLayout.WORDS ? new TermQuery(new Term(Fields.WORDS, word)) : LedeQueryParser.word(word, HEADLINE_WEIGHT);
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
