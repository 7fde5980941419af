package dev.lede.bench;

import dev.lede.Article;
import dev.lede.internal.index.ArticleDocuments;
import dev.lede.internal.index.Fingerprint;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The work lede adds to each article before Lucene sees it: its document (fingerprint, source, facet
 * fields) beside the raw program's, and the fingerprint alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DocumentBenchmark {
    private Cycle<Article> articles;
    private final Fingerprint fingerprint = new Fingerprint();

    @Setup
    public void load() throws IOException {
        articles = new Cycle<>(new Europarl().first(2_000));
    }

    /** lede: the Lucene document for an article, facets built, fingerprint computed and included. */
    @Benchmark
    public Document lede() throws IOException {
        Article article = articles.next();
        return ArticleDocuments.toDocument(article, fingerprint.of(article));
    }

    /** Raw Lucene: the document the raw program indexes. */
    @Benchmark
    public Document raw() {
        return RawLucene.document(articles.next());
    }

    /** lede's content hash alone, which tells an unchanged article from an updated one. */
    @Benchmark
    public String fingerprint() {
        return fingerprint.of(articles.next());
    }
}
