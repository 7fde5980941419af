package dev.lede.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/** Queries of one to three words, drawn from the corpus's own vocabulary: words neither rare nor everywhere. */
final class Queries {
    private Queries() {}

    static List<String> sample(Europarl corpus, int articles, int count, Random random) {
        Map<String, Integer> documentFrequency = new HashMap<>();
        int scanned = Math.min(articles, corpus.distinct());
        for (int i = 0; i < scanned; i++) {
            for (String word : new java.util.HashSet<>(List.of(corpus.article(i).body().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")))) {
                // Stop words are not indexed by either side; a query of them alone is refused by lede.
                if (word.length() >= 4 && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)) {
                    documentFrequency.merge(word, 1, Integer::sum);
                }
            }
        }
        List<String> words = new ArrayList<>();
        documentFrequency.forEach((word, df) -> {
            if (df >= Math.max(3, scanned / 1000) && df <= scanned / 10) {
                words.add(word);
            }
        });
        words.sort(null);
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int length = 1 + random.nextInt(3);
            StringBuilder query = new StringBuilder();
            for (int w = 0; w < length; w++) {
                query.append(w == 0 ? "" : " ").append(words.get(random.nextInt(words.size())));
            }
            queries.add(query.toString());
        }
        return queries;
    }
}
