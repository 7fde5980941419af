package dev.lede.bench;

import static dev.lede.bench.Bench.format;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The JMH micro-benchmarks, each lede path beside its raw Lucene counterpart, as a Markdown table. */
final class Micro {
    /** Index size for the search benchmark (the whole-corpus harness covers larger ones). */
    private static final int SEARCH_ARTICLES = 20_000;

    /** One row of the table: a benchmark class, lede's method and the raw counterpart (or null). */
    private record Pair(String label, String benchmark, String lede, String raw) {}

    private static List<Pair> pairs(int searchArticles) {
        return List.of(
                new Pair("search, top 10 with snippets, " + format("%,d", searchArticles) + " articles", "SearchBenchmark", "lede", "raw"),
                new Pair("parsing a query of 1-3 words", "QueryParsingBenchmark", "lede", "raw"),
                new Pair("building an article's Lucene document", "DocumentBenchmark", "lede", "raw"),
                new Pair("content fingerprint (lede only)", "DocumentBenchmark", "fingerprint", null),
                new Pair("finding names (lede) / analysing the same text once (raw)", "NamesBenchmark", "extractNames", "analyzeText"));
    }

    private Micro() {}

    /** Full: one fork per benchmark, 2 s warm-up, 4 s measured; smoke: in-process, one short iteration. */
    static String run(boolean smoke) throws Exception {
        int searchArticles = smoke ? 500 : SEARCH_ARTICLES;
        Options options = new OptionsBuilder()
                .include("dev\\.lede\\.bench\\..*Benchmark")
                .forks(smoke ? 0 : 1)
                .jvmArgs("--enable-native-access=ALL-UNNAMED", "-Xmx1g")
                .warmupIterations(smoke ? 0 : 2)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(smoke ? 1 : 4)
                .measurementTime(smoke ? TimeValue.milliseconds(100) : TimeValue.seconds(1))
                .param("articles", String.valueOf(searchArticles))
                .shouldFailOnError(true)
                .verbosity(VerboseMode.SILENT)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Result<?>> byName = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            byName.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1), result.getPrimaryResult());
        }
        StringBuilder out = new StringBuilder();
        out.append("| micro-benchmark (JMH) | raw Lucene, µs | lede, µs | lede / raw |\n|---|---:|---:|---:|\n");
        for (Pair pair : pairs(searchArticles)) {
            Result<?> lede = byName.get(pair.benchmark() + "." + pair.lede());
            Result<?> raw = pair.raw() == null ? null : byName.get(pair.benchmark() + "." + pair.raw());
            if (lede == null) {
                throw new IllegalStateException("JMH gave no result for " + pair.benchmark() + "." + pair.lede());
            }
            out.append(format("| %s | %s | %s | %s |%n", pair.label(), raw == null ? "" : score(raw), score(lede),
                    raw == null ? "" : format("%.2f", lede.getScore() / raw.getScore())));
        }
        return out.toString();
    }

    private static String score(Result<?> result) {
        return Double.isNaN(result.getScoreError())
                ? format("%.2f", result.getScore())
                : format("%.2f ± %.2f", result.getScore(), result.getScoreError());
    }
}
