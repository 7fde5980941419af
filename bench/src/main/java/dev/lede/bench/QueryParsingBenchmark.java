package dev.lede.bench;

import dev.lede.internal.index.LedeAnalyzer;
import dev.lede.internal.search.LedeQueryParser;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
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
    private List<String> queries;
    private int next;

    @Setup
    public void load() throws IOException {
        queries = Queries.sample(new Europarl(), 17_000, 300, new Random(42));
    }

    private String nextQuery() {
        next = next + 1 == queries.size() ? 0 : next + 1;
        return queries.get(next);
    }

    /** lede: its syntax, bounds, three fields per word and a proximity clause. */
    @Benchmark
    public LedeQueryParser.Parsed lede() {
        return LedeQueryParser.parse(nextQuery(), analyzer);
    }

    /** Raw Lucene: the classic parser over title and body. */
    @Benchmark
    public Query raw() throws ParseException {
        return new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer, Map.of("title", 2f, "body", 1f)).parse(nextQuery());
    }
}
