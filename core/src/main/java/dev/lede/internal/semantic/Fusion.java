package dev.lede.internal.semantic;

import dev.lede.Article;
import dev.lede.Embedder;
import dev.lede.internal.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Hybrid retrieval: the ranking of a query's words (BM25) fused with the articles whose vectors are
 * nearest the query's by reciprocal rank fusion, each article scoring {@code 1 / (K + rank)} in each
 * ranking it is in. Depth and K were chosen on judged BBC and sample topics by cross-validation
 * (EVALUATION.md). Immutable; one per view of the index, shared by the threads searching it.
 */
public final class Fusion {
    /** How many articles of each ranking are fused. */
    public static final int DEPTH = 100;
    /** RRF's constant: lower lets the first few of each ranking count for more. */
    static final int K = 20;
    /** Words a headline-and-start vector is made of: about the 256 word pieces the model was trained on. */
    private static final int WORDS = 200;
    /**
     * Queries of plain words: their vectors may find articles that have none of the words ("fans" for
     * "hooligans"). Any other query (filters, exclusions, phrases, fields, patterns) keeps to its matches.
     */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&.\\-]*(\\s+[\\p{L}\\p{N}][\\p{L}\\p{N}'’&.\\-]*)*");
    private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

    private final Embedder embedder;

    public Fusion(Embedder embedder) {
        this.embedder = embedder;
    }

    /** A fusion for this view when it has vectors, else null (the words' ranking alone). */
    public static Fusion of(Embedder embedder, IndexReader reader) {
        if (embedder == null) {
            return null;
        }
        FieldInfo field = FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.VECTOR);
        return field != null && field.getVectorDimension() == embedder.dimension() ? new Fusion(embedder) : null;
    }

    /** What is embedded of an article: its headline and the start of its text. */
    public static String text(Article article) {
        String[] words = article.body().strip().split("\\s+", WORDS + 1);
        String start = String.join(" ", Arrays.asList(words).subList(0, Math.min(WORDS, words.length)));
        return start.isEmpty() ? article.title() : article.title() + ". " + start;
    }

    /** The embedder's vector for the text, checked and brought to length 1 (the index compares by dot product). */
    public static float[] vector(Embedder embedder, String text) {
        float[] v = embedder.embed(text);
        if (v == null || v.length != embedder.dimension()) {
            throw new IllegalStateException("The embedder " + embedder.model() + " gave a vector of "
                    + (v == null ? "no" : v.length) + " numbers, not " + embedder.dimension() + ".");
        }
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float[] unit = v.clone();
        if (sum > 0 && Double.isFinite(sum)) {
            float norm = (float) Math.sqrt(sum);
            for (int i = 0; i < unit.length; i++) {
                unit[i] /= norm;
            }
        } else {
            // A zero vector is near nothing; Lucene refuses it for dot products, so it points anywhere, weakly.
            Arrays.fill(unit, (float) (1 / Math.sqrt(unit.length)));
        }
        return unit;
    }

    /**
     * The lexical ranking's first {@link #DEPTH} fused with the query's nearest articles, best first;
     * the rest of the lexical ranking follows in its order.
     *
     * @param filter what the nearest articles must match, or null for any article
     */
    public ScoreDoc[] fuse(IndexSearcher searcher, String userQuery, Query filter, ScoreDoc[] lexical) throws IOException {
        float[] q = vector(embedder, userQuery);
        ScoreDoc[] nearest = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, q, DEPTH, filter), DEPTH).scoreDocs;
        Map<Integer, Double> score = new HashMap<>();
        int fused = Math.min(DEPTH, lexical.length);
        for (int i = 0; i < fused; i++) {
            score.merge(lexical[i].doc, 1.0 / (K + i + 1), Double::sum);
        }
        for (int i = 0; i < nearest.length; i++) {
            score.merge(nearest[i].doc, 1.0 / (K + i + 1), Double::sum);
        }
        List<ScoreDoc> out = new ArrayList<>(score.size() + lexical.length - fused);
        score.forEach((doc, s) -> out.add(new ScoreDoc(doc, s.floatValue())));
        // Ties (an article first in one ranking only against another's) go to the lexical ranking's order, then doc id.
        Map<Integer, Integer> lexicalRank = new HashMap<>();
        for (int i = 0; i < fused; i++) {
            lexicalRank.put(lexical[i].doc, i);
        }
        out.sort((a, b) -> {
            int c = Double.compare(score.get(b.doc), score.get(a.doc));
            if (c != 0) {
                return c;
            }
            c = Integer.compare(lexicalRank.getOrDefault(a.doc, Integer.MAX_VALUE), lexicalRank.getOrDefault(b.doc, Integer.MAX_VALUE));
            return c != 0 ? c : Integer.compare(a.doc, b.doc);
        });
        Set<Integer> seen = new HashSet<>(score.keySet());
        float last = out.isEmpty() ? 0 : out.get(out.size() - 1).score;
        for (int i = fused; i < lexical.length; i++) {
            if (seen.add(lexical[i].doc)) {
                // Below every fused article, in the lexical order.
                last = Math.nextDown(last);
                out.add(new ScoreDoc(lexical[i].doc, last));
            }
        }
        return out.toArray(ScoreDoc[]::new);
    }

    /** Plain words, no operators: a query whose vectors may find articles that have none of its words. */
    public static boolean plainWords(String query) {
        String q = query.strip();
        return PLAIN.matcher(q).matches() && Arrays.stream(q.split("\\s+")).noneMatch(OPERATORS::contains);
    }
}
