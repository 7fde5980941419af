package dev.lede.bench;

import dev.lede.internal.index.LedeAnalyzer;
import dev.lede.internal.search.LedeQueryParser;
import java.io.IOException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Turning what a user typed into a Lucene query: lede's parser beside Lucene's MultiFieldQueryParser. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryParsingBenchmark {
    private final Analyzer analyzer = new LedeAnalyzer();
    private Cycle<String> queries;

    @Setup
    public void load() throws IOException {
        queries = new Cycle<>(Queries.sample(new Europarl(), 17_000, 300, new Random(42)));
    }

    /** lede: its syntax, bounds, three fields per word and a proximity clause. */
    @Benchmark
    public LedeQueryParser.Parsed lede() {
        return LedeQueryParser.parse(queries.next(), analyzer);
    }

    /** Raw Lucene: the classic parser over title and body. */
    @Benchmark
    public Query raw() {
        return RawLucene.parse(queries.next(), analyzer);
    }
}
