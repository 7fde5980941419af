package dev.lede.internal.eval;

import dev.lede.Hit;
import dev.lede.SimilarityScores;
import dev.lede.internal.index.Fields;
import dev.lede.internal.index.LedeAnalyzer;
import dev.lede.internal.search.ArticleSearcher;
import dev.lede.internal.search.SimilarArticles;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;

/**
 * Measures ways of making the similar-articles query (not part of the product). Arguments: an index, then either a
 * story labels file (precision at k and MAP) or {@code sections} (for BBC articles, ids {@code bbc-<section>-<n>}:
 * how many of each article's 5 most similar share its section), then settings such as {@code terms=25 mindf=2
 * head=1 names=1 boost=0}, or {@code -} to read one setting per line of standard input.
 */
public final class SimilarExperiment {
    public static void main(String[] args) throws Exception {
        List<String> variants = new ArrayList<>();
        if (args.length > 2 && args[2].equals("-")) {
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().filter(l -> !l.isBlank()).forEach(variants::add);
        } else {
            variants.add(String.join(" ", List.of(args).subList(2, args.length)));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(Path.of(args[0])))) {
            ArticleSearcher searcher = new ArticleSearcher(reader, new LedeAnalyzer());
            for (String variant : variants) {
                SimilarArticles.Settings settings = settings(variant);
                if (args[1].equals("sections")) {
                    System.out.println(String.format(Locale.ROOT, "%-45s top-5 same section %.3f", variant, sections(reader, searcher, settings)));
                } else {
                    SimilarityScores scores = StoryEvaluation.score(StoryEvaluation.stories(Path.of(args[1])),
                            (id, depth) -> searcher.similar(id, depth, settings, false).orElseThrow().hits().stream().map(Hit::id).toList());
                    System.out.println(String.format(Locale.ROOT, "%-45s P@k %.3f  MAP %.3f  (%d articles)", variant, scores.precision(),
                            scores.averagePrecision(), scores.articles()));
                }
            }
        }
    }

    static SimilarArticles.Settings settings(String variant) {
        Map<String, String> given = new HashMap<>();
        for (String pair : variant.trim().split("\\s+")) {
            if (pair.contains("=")) {
                given.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        SimilarArticles.Settings d = SimilarArticles.Settings.DEFAULT;
        return new SimilarArticles.Settings(Integer.parseInt(given.getOrDefault("terms", "" + d.terms())),
                Integer.parseInt(given.getOrDefault("mindf", "" + d.minDocFreq())),
                Integer.parseInt(given.getOrDefault("head", "" + d.headlineTimes())),
                Float.parseFloat(given.getOrDefault("names", "" + d.namesWeight())),
                given.getOrDefault("boost", d.boost() ? "1" : "0").equals("1"));
    }

    /** The mean share of each article's 5 most similar that are of its section. */
    static double sections(DirectoryReader reader, ArticleSearcher searcher, SimilarArticles.Settings settings) throws Exception {
        StoredFields stored = reader.storedFields();
        double share = 0;
        int asked = 0;
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            String id = stored.document(doc, java.util.Set.of(Fields.ID)).get(Fields.ID);
            List<Hit> hits = searcher.similar(id, 5, settings, false).orElseThrow().hits();
            if (hits.isEmpty()) {
                continue;
            }
            long same = hits.stream().filter(hit -> section(hit.id()).equals(section(id))).count();
            share += (double) same / hits.size();
            asked++;
        }
        return share / asked;
    }

    static String section(String id) {
        String[] parts = id.split("-");
        return parts.length > 1 ? parts[1] : "";
    }
}
