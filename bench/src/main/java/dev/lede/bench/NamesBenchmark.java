package dev.lede.bench;

import dev.lede.Article;
import dev.lede.NameMentions;
import dev.lede.internal.index.LedeAnalyzer;
import dev.lede.internal.names.RuleBasedNameExtractor;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Where the names-on indexing time goes, per article: lede's name extraction beside the cost of
 * analysing the same text once with Lucene, which every indexed article pays anyway.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class NamesBenchmark {
    private Cycle<Article> articles;
    private final RuleBasedNameExtractor extractor = new RuleBasedNameExtractor();
    private final Analyzer analyzer = new LedeAnalyzer();

    @Setup
    public void load() throws IOException {
        Europarl corpus = new Europarl();
        articles = new Cycle<>(corpus.first(corpus.distinct()));
    }

    /** lede: people, organisations and places in one article. */
    @Benchmark
    public List<NameMentions> extractNames() {
        Article article = articles.next();
        return extractor.mentions(article.title(), article.body());
    }

    /** Raw Lucene: one pass of the analyzer over the same title and body (tokens counted, not kept). */
    @Benchmark
    public int analyzeText() throws IOException {
        Article article = articles.next();
        return tokens("title", article.title()) + tokens("body", article.body());
    }

    private int tokens(String field, String text) throws IOException {
        int count = 0;
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            stream.reset();
            while (stream.incrementToken()) {
                count++;
            }
            stream.end();
        }
        return count;
    }
}
