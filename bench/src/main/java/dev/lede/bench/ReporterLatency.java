package dev.lede.bench;

import dev.lede.Feedback;
import dev.lede.Lede;
import dev.lede.NameFinder;
import dev.lede.Search;
import dev.lede.Sort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Search latency of the reporter's orders and pages against raw Lucene doing the same: newest first (raw sorts by a
 * date doc-values field, then score) and the second page of ten (raw collects twenty and shows the last ten), each
 * with snippets, beside the plain top ten of both; and lede's top ten with feedback, against raw's plain top ten
 * (raw has no feedback: the ratio is feedback's whole cost). Every query runs on all sides in turn, who goes first
 * rotating; a warm-up pass, then three timed ones; p50 and p99 in ms.
 * <pre>java -cp lede-bench.jar dev.lede.bench.ReporterLatency 50000</pre>
 */
public final class ReporterLatency {
    private ReporterLatency() {}

    private interface Side {
        void search(String query) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        for (String size : args) {
            run(Integer.parseInt(size));
        }
    }

    private static void run(int size) throws Exception {
        Europarl corpus = new Europarl();
        Path dir = Files.createTempDirectory("lede-reporter-latency");
        try (RawLucene raw = new RawLucene(dir.resolve("raw"));
                Lede lede = Lede.builder(dir.resolve("lede")).nameFinder(NameFinder.none()).open()) {
            corpus.indexInto(size, raw, lede);
            List<String> names = List.of("raw Lucene, top 10", "lede, top 10", "raw Lucene, newest first", "lede, --sort newest",
                    "raw Lucene, page 2", "lede, --offset 10", "lede, --feedback");
            List<Side> sides = List.of(raw::search, query -> lede.search(Search.of(query)),
                    query -> raw.search(query, RawLucene.NEWEST, 0), query -> lede.search(Search.of(query).sortedBy(Sort.NEWEST)),
                    query -> raw.search(query, null, 10), query -> lede.search(Search.of(query).page(10, 10)),
                    query -> lede.search(Search.of(query).withFeedback(Feedback.DEFAULT)));
            int[] anchors = {0, 0, 2, 2, 4, 4, 0}; // the raw side each is measured against
            List<String> queries = Queries.sample(corpus, size, 2_000, new Random(42));
            double[][] times = new double[sides.size()][queries.size() * 3];
            for (int pass = -1; pass < 3; pass++) { // the first pass warms up
                for (int q = 0; q < queries.size(); q++) {
                    for (int turn = 0; turn < sides.size(); turn++) {
                        int side = (turn + q + Math.max(pass, 0)) % sides.size();
                        long started = System.nanoTime();
                        sides.get(side).search(queries.get(q));
                        if (pass >= 0) {
                            times[side][pass * queries.size() + q] = (System.nanoTime() - started) / 1e6;
                        }
                    }
                }
            }
            for (int side = 0; side < sides.size(); side++) {
                double[] p = Bench.percentiles(times[side]);
                double[] anchor = Bench.percentiles(times[anchors[side]]);
                System.out.printf(Locale.ROOT, "%,d articles, %s: p50 %.3f ms (%.2fx raw), p99 %.3f ms (%.2fx raw)%n", size,
                        names.get(side), p[0], p[0] / anchor[0], p[1], p[1] / anchor[1]);
            }
        } finally {
            Bench.fresh(dir);
        }
    }
}
