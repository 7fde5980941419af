package dev.lede.bench;

import static dev.lede.bench.Bench.format;

import java.util.List;

/** The results as the Markdown table of BENCHMARKS.md. */
final class Report {
    private Report() {}

    static String markdown(List<Bench.Result> results, Bench.Options options, double[] coldStart, HeapRun.Outcome heap) {
        StringBuilder out = new StringBuilder();
        out.append(format("Machine: %d cores, Java %s (%s), max heap %d MB. %d queries per size, each timed %d times;"
                        + " two threads: %d rounds of %.1f s per side.%n%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20, options.queries(), Bench.LATENCY_PASSES, Bench.THROUGHPUT_ROUNDS,
                options.concurrentSeconds()));
        out.append("| articles | figure | raw Lucene | lede | lede / raw |\n|---:|---|---:|---:|---:|\n");
        for (Bench.Result r : results) {
            row(out, r.articles(), "indexing, MB of text per s (names off)", r.textMB() / r.rawIndexSeconds(), r.textMB() / r.ledeIndexSeconds(), "%.1f");
            if (r.namesTimed()) {
                row(out, r.articles(), "indexing, MB of text per s (names on)", r.textMB() / r.rawIndexSeconds(), r.textMB() / r.ledeNamesSeconds(), "%.1f");
            }
            row(out, r.articles(), "query latency p50, ms (top 10 + snippets)", r.rawLatencyMs()[0], r.ledeLatencyMs()[0], "%.2f");
            row(out, r.articles(), "query latency p99, ms", r.rawLatencyMs()[1], r.ledeLatencyMs()[1], "%.2f");
            row(out, r.articles(), "queries per s, 2 threads", r.rawQps(), r.ledeQps(), "%.0f");
            row(out, r.articles(), "index size on disk, MB", r.rawBytes() / 1e6, r.ledeBytes() / 1e6, "%.1f");
            row(out, r.articles(), "segments in the index", r.rawSegments(), r.ledeSegments(), "%.0f");
            row(out, r.articles(), "indexing time per article, µs (names off)", r.rawIndexSeconds() * 1e6 / r.articles(),
                    r.ledeIndexSeconds() * 1e6 / r.articles(), "%.0f");
        }
        if (coldStart != null) {
            out.append(format("%nCLI cold start, a search as a new process on the %,d-article indexes (median of 5): `lede search` "
                    + "%.2f s plain, %.2f s with its start-up cache; raw Lucene's one-shot program %.2f s plain, %.2f s with one "
                    + "(lede / raw %.2f and %.2f).%n", results.get(results.size() - 1).articles(), coldStart[0], coldStart[1],
                    coldStart[2], coldStart[3], coldStart[0] / coldStart[2], coldStart[1] / coldStart[3]));
        }
        if (heap != null) {
            out.append('\n').append(heap.markdown());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, int articles, String figure, double raw, double lede, String number) {
        out.append(format("| %,d | %s | " + number + " | " + number + " | %.2f |%n", articles, figure, raw, lede, lede / raw));
    }
}
