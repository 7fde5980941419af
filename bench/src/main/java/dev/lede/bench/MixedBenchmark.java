package dev.lede.bench;

import dev.lede.Lede;
import dev.lede.NameFinder;
import dev.lede.internal.index.LedeAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * Searches per second while one thread indexes: lede (one instance, its searchers and a writer) beside raw Lucene
 * doing the same with an {@link IndexWriter} and a {@link SearcherManager} that a thread of its own refreshes every
 * {@value #REFRESH_MS} ms. lede twice: as it comes, each search seeing every write that returned before it (so it
 * refreshes far more often), and with {@code readYourWrites(false)} and {@code refreshEvery} of {@value #REFRESH_MS}
 * ms, which is raw Lucene's policy. All start from the same articles, commit every {@value #COMMIT_EVERY} added, and
 * take turns, who goes first rotating.
 *
 * <pre>java -cp bench/target/lede-bench.jar dev.lede.bench.MixedBenchmark [--articles 20000] [--seconds 10] [--searchers 2]</pre>
 */
public final class MixedBenchmark {
    static final int COMMIT_EVERY = 1_000;
    static final long REFRESH_MS = 100;
    private static final int ROUNDS = 2;
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    /** One side's run: searches and adds per second, and whether anything failed. */
    record Outcome(double searchesPerSecond, double addsPerSecond, long failures) {}

    private MixedBenchmark() {}

    public static void main(String[] args) throws Exception {
        LUCENE_LOG.setLevel(Level.OFF);
        int articles = 20_000;
        double seconds = 10;
        int searchers = 2;
        for (int i = 0; i < args.length - 1; i++) {
            switch (args[i]) {
                case "--articles" -> articles = Integer.parseInt(args[i + 1]);
                case "--seconds" -> seconds = Double.parseDouble(args[i + 1]);
                case "--searchers" -> searchers = Integer.parseInt(args[i + 1]);
                default -> { }
            }
        }
        Path out = Files.createDirectories(Path.of("bench/target/results/mixed"));
        System.out.println(markdown(run(new Europarl(), articles, seconds, searchers, out), articles, seconds, searchers));
    }

    /**
     * The outcomes (raw Lucene, lede seeing every write, lede refreshing as raw Lucene does) of {@link #ROUNDS} rounds
     * each, summed over rounds into means.
     */
    static Outcome[] run(Europarl corpus, int articles, double seconds, int searchers, Path out) throws Exception {
        List<String> queries = Queries.sample(corpus, articles, 300, new Random(42));
        int sides = 3;
        double[][] sums = new double[sides][3];
        for (int round = 0; round < ROUNDS; round++) {
            for (int turn = 0; turn < sides; turn++) {
                int side = (turn + round) % sides;
                Path directory = Bench.fresh(out.resolve(List.of("raw-", "lede-", "lede-lagging-").get(side) + round));
                System.gc();
                Outcome outcome = side == 0 ? raw(corpus, articles, seconds, searchers, queries, directory)
                        : lede(corpus, articles, seconds, searchers, queries, directory, side == 1);
                double[] sum = sums[side];
                sum[0] += outcome.searchesPerSecond() / ROUNDS;
                sum[1] += outcome.addsPerSecond() / ROUNDS;
                sum[2] += outcome.failures();
            }
        }
        Outcome[] outcomes = new Outcome[sides];
        for (int side = 0; side < sides; side++) {
            outcomes[side] = new Outcome(sums[side][0], sums[side][1], (long) sums[side][2]);
        }
        return outcomes;
    }

    private interface Searching {
        void search(String query) throws Exception;
    }

    private interface Adding {
        void add(int n) throws Exception;
    }

    private static Outcome lede(Europarl corpus, int articles, double seconds, int searchers, List<String> queries, Path directory,
            boolean readYourWrites) throws Exception {
        Lede.Builder builder = Lede.builder(directory).nameFinder(NameFinder.none()).commitEvery(COMMIT_EVERY, Duration.ofDays(1));
        if (!readYourWrites) {
            builder.readYourWrites(false).refreshEvery(Duration.ofMillis(REFRESH_MS));
        }
        try (Lede lede = builder.open()) {
            for (int i = 0; i < articles; i++) {
                lede.add(corpus.article(i));
            }
            lede.commit();
            // lede refreshes by itself: as a search after a write, or as a search after the interval.
            return mixed(seconds, searchers, queries, lede::search, n -> lede.add(corpus.article(articles + n)), () -> Thread.sleep(REFRESH_MS));
        }
    }

    private static Outcome raw(Europarl corpus, int articles, double seconds, int searchers, List<String> queries, Path directory)
            throws Exception {
        Analyzer analyzer = new LedeAnalyzer();
        try (FSDirectory dir = FSDirectory.open(directory);
                IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64))) {
            for (int i = 0; i < articles; i++) {
                writer.addDocument(RawLucene.document(corpus.article(i)));
            }
            writer.commit();
            try (SearcherManager manager = new SearcherManager(writer, null)) {
                Searching search = query -> {
                    IndexSearcher searcher = manager.acquire();
                    try {
                        Query parsed = RawLucene.parse(query, analyzer);
                        TopDocs top = searcher.search(parsed, 10);
                        UnifiedHighlighter.builder(searcher, analyzer).build().highlight("body", parsed, top, 2);
                        var stored = searcher.storedFields();
                        for (var hit : top.scoreDocs) {
                            stored.document(hit.doc);
                        }
                    } finally {
                        manager.release(searcher);
                    }
                };
                Adding add = n -> {
                    writer.addDocument(RawLucene.document(corpus.article(articles + n)));
                    if ((n + 1) % COMMIT_EVERY == 0) {
                        writer.commit();
                    }
                };
                return mixed(seconds, searchers, queries, search, add, () -> {
                    manager.maybeRefresh();
                    Thread.sleep(REFRESH_MS);
                });
            }
        }
    }

    private interface Refresh {
        void run() throws Exception;
    }

    /** Searching threads and one adding thread for {@code seconds}, and a thread running {@code refresh} over and over. */
    private static Outcome mixed(double seconds, int searchers, List<String> queries, Searching search, Adding add, Refresh refresh)
            throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong searches = new AtomicLong();
        AtomicLong adds = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < searchers; t++) {
            int offset = t * 37;
            threads.add(new Thread(() -> {
                for (int i = offset; running.get(); i++) {
                    try {
                        search.search(queries.get(i % queries.size()));
                        searches.incrementAndGet();
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            }));
        }
        threads.add(new Thread(() -> {
            for (int n = 0; running.get(); n++) {
                try {
                    add.add(n);
                    adds.incrementAndGet();
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
        }));
        threads.add(new Thread(() -> {
            while (running.get()) {
                try {
                    refresh.run();
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
            }
        }));
        long start = System.nanoTime();
        threads.forEach(Thread::start);
        Thread.sleep((long) (seconds * 1000));
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Outcome(searches.get() / elapsed, adds.get() / elapsed, failures.get());
    }

    static String markdown(Outcome[] outcomes, int articles, double seconds, int searchers) {
        Outcome raw = outcomes[0];
        Outcome lede = outcomes[1];
        Outcome lagging = outcomes[2];
        return String.format(Locale.ROOT, """
                | %,d articles, %d searching threads + 1 adding, %.0f s per side x %d rounds | raw Lucene (SearcherManager, refresh every %d ms) | lede (each search sees every write) | lede / raw | lede, `readYourWrites(false)`, `refreshEvery(%d ms)` | lede / raw |
                |---|---:|---:|---:|---:|---:|
                | searches per second (top 10 + snippets) | %.0f | %.0f | %.2f | %.0f | %.2f |
                | articles added per second | %.0f | %.0f | %.2f | %.0f | %.2f |
                | failed searches or adds | %d | %d | | %d | |
                """, articles, searchers, seconds, ROUNDS, REFRESH_MS, REFRESH_MS, raw.searchesPerSecond(), lede.searchesPerSecond(),
                lede.searchesPerSecond() / raw.searchesPerSecond(), lagging.searchesPerSecond(),
                lagging.searchesPerSecond() / raw.searchesPerSecond(), raw.addsPerSecond(), lede.addsPerSecond(),
                lede.addsPerSecond() / raw.addsPerSecond(), lagging.addsPerSecond(), lagging.addsPerSecond() / raw.addsPerSecond(),
                raw.failures(), lede.failures(), lagging.failures());
    }
}
