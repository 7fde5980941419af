package dev.lede.bench;

import dev.lede.Lede;
import dev.lede.NameFinder;
import dev.lede.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/** One search with top 10 and snippets, lede beside raw Lucene, on indexes of the same articles. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchBenchmark {
    @Param("20000") // overridden by Micro
    public int articles;

    private Path directory;
    private RawLucene raw;
    private Lede lede;
    private List<String> queries;

    /** Each thread's turn through the queries. */
    @State(Scope.Thread)
    public static class Cursor {
        Cycle<String> queries;

        @Setup(Level.Trial)
        public void start(SearchBenchmark benchmark) {
            queries = new Cycle<>(benchmark.queries);
        }
    }

    @Setup(Level.Trial)
    public void build() throws IOException {
        Europarl corpus = new Europarl();
        directory = Files.createTempDirectory("lede-search-benchmark");
        raw = new RawLucene(directory.resolve("raw"));
        lede = Lede.builder(directory.resolve("lede")).nameFinder(NameFinder.none()).open();
        for (int i = 0; i < articles; i++) {
            raw.add(corpus.article(i));
            lede.add(corpus.article(i));
        }
        raw.commit();
        lede.commit();
        queries = Queries.sample(corpus, articles, 300, new Random(42));
    }

    @TearDown(Level.Trial)
    public void delete() throws IOException {
        raw.close();
        lede.close();
        Bench.fresh(directory);
    }

    @Benchmark
    public SearchResults lede(Cursor cursor) throws IOException {
        return lede.search(cursor.queries.next(), 10);
    }

    @Benchmark
    public List<String> raw(Cursor cursor) throws IOException {
        return raw.search(cursor.queries.next());
    }
}
