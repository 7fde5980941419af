package dev.lede.bench;

import dev.lede.Article;
import dev.lede.Lede;
import dev.lede.NameFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Whole-corpus benchmark: lede and raw Lucene do the same work on the same articles in the same run,
 * and every figure is reported as a ratio lede / raw beside the absolute values.
 *
 * Then the heap of {@code lede index} on a 1 GB JSON Lines file, and the JMH micro-benchmarks.
 *
 * <pre>java -jar bench/target/lede-bench.jar [--smoke | --micro] [--sizes 10000,100000,1000000] [--out DIR]</pre>
 */
public final class Bench {
    /** What to run. */
    record Options(List<Integer> sizes, int queries, double concurrentSeconds, boolean coldStart, Path out) {
        /** Indexing with names is timed up to this size; beyond, the heap run's names-on figure stands in for it. */
        static final int NAMES_UP_TO = 100_000;
        /**
         * How often indexing (names off and on) is timed, the best time kept: a run of 10,000 articles takes about
         * a second, where one side's run varies by 5% from one round to the next; a million, two minutes.
         */
        static int indexingRounds(int size) {
            return size <= 10_000 ? 7 : size <= 100_000 ? 3 : 1;
        }
    }

    /** The figures for one corpus size. */
    record Result(int articles, double textMB, double rawIndexSeconds, double ledeIndexSeconds, double ledeNamesSeconds,
            long rawBytes, long ledeBytes, int rawSegments, int ledeSegments, double[] rawLatencyMs, double[] ledeLatencyMs,
            double rawQps, double ledeQps) {
        boolean namesTimed() {
            return ledeNamesSeconds > 0;
        }
    }

    /** Held so that the level sticks: Lucene's notices about the vector module are not results. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    private Bench() {}

    public static void main(String[] args) throws Exception {
        LUCENE_LOG.setLevel(Level.OFF);
        List<String> flags = Arrays.asList(args);
        boolean smoke = flags.contains("--smoke");
        List<Integer> sizes = smoke ? List.of(1_000) : List.of(10_000, 100_000, 1_000_000);
        Path out = Path.of("bench/target/results");
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals("--sizes")) {
                sizes = Arrays.stream(args[i + 1].split(",")).map(Integer::parseInt).toList();
            } else if (args[i].equals("--out")) {
                out = Path.of(args[i + 1]);
            }
        }
        Options options = smoke ? new Options(sizes, 30, 0.5, false, out) : new Options(sizes, 2_000, 3, true, out);
        Files.createDirectories(out);
        StringBuilder report = new StringBuilder();
        if (flags.contains("--cli-indexing")) {
            int articles = flags.contains("--sizes") ? sizes.get(sizes.size() - 1) : 88_000;
            Files.createDirectories(out);
            System.out.println(CliIndexing.markdown(articles, CliIndexing.run(articles, out)));
            return;
        }
        if (flags.contains("--cold-start")) {
            System.out.println(coldStartOnly(options));
            return;
        }
        if (flags.contains("--indexing")) {
            System.out.println(indexingOnly(options));
            return;
        }
        if (!flags.contains("--micro")) {
            long start = System.nanoTime();
            List<Result> results = run(options);
            HeapRun.Outcome heap = smoke ? null : heapRun(options);
            report.append(Report.markdown(results, options, coldStart(options, results.get(results.size() - 1).articles()), heap));
            Files.writeString(out.resolve("results.md"), report); // kept should a later part fail
            if (!smoke) {
                report.append(format("%n")).append(CliIndexing.markdown(88_000, CliIndexing.run(88_000, out)));
            }
            report.append(format("%nWhole-corpus run: %.1f minutes.%n%n", (System.nanoTime() - start) / 60e9));
            Plot.write(results, out.resolve("growth.png"));
        }
        report.append(Micro.run(smoke));
        Files.writeString(out.resolve("results.md"), report);
        System.out.println(report);
    }

    /** Indexing a 1 GB JSON Lines file with {@code lede index} in a 256 MB heap. */
    private static HeapRun.Outcome heapRun(Options options) throws Exception {
        Path jar = Path.of("cli/target/lede-cli.jar");
        return Files.exists(jar) ? HeapRun.run(new Europarl(), 1L << 30, options.out(), jar) : null;
    }

    /**
     * The indexing figures alone (names off, names on, size on disk), for trying a change to indexing in a minute
     * rather than the whole run's quarter of an hour; the same turns and rounds as the full run.
     */
    private static String indexingOnly(Options options) throws Exception {
        Europarl corpus = new Europarl();
        warmUp(corpus, options.out());
        StringBuilder lines = new StringBuilder("| articles | raw s | lede s | lede / raw (speed) | names on s | names on / raw | size lede / raw |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int size : options.sizes()) {
            Path raw = fresh(options.out().resolve("raw-" + size));
            Path lede = fresh(options.out().resolve("lede-" + size));
            double rawSeconds = Double.MAX_VALUE;
            double ledeSeconds = Double.MAX_VALUE;
            double namesSeconds = Double.MAX_VALUE;
            for (int round = 0; round < Options.indexingRounds(size); round++) {
                double[] seconds = indexBoth(corpus, size, round, fresh(raw), fresh(lede));
                rawSeconds = Math.min(rawSeconds, seconds[0]);
                ledeSeconds = Math.min(ledeSeconds, seconds[1]);
                if (size <= Options.NAMES_UP_TO) {
                    namesSeconds = Math.min(namesSeconds, indexLede(corpus, size, Lede.open(fresh(options.out().resolve("lede-names-" + size)))));
                }
            }
            lines.append(format("| %,d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |%n", size, rawSeconds, ledeSeconds, rawSeconds / ledeSeconds,
                    namesSeconds, rawSeconds / namesSeconds, (double) bytes(lede) / bytes(raw)));
        }
        return lines.toString();
    }

    /** The cold-start figures alone, on indexes of the largest size asked for (names off), made first if missing. */
    private static String coldStartOnly(Options options) throws Exception {
        int size = options.sizes().get(options.sizes().size() - 1);
        Path raw = options.out().resolve("raw-" + size);
        Path lede = options.out().resolve("lede-" + size);
        if (!Files.exists(raw) || !Files.exists(lede)) {
            indexBoth(new Europarl(), size, 0, fresh(raw), fresh(lede));
        }
        double[] seconds = coldStart(options, size);
        return format("| %,d articles | lede s | raw s | lede / raw |%n|---|---:|---:|---:|%n| plain | %.2f | %.2f | %.2f |%n"
                + "| start-up cache | %.2f | %.2f | %.2f |%n", size, seconds[0], seconds[2], seconds[0] / seconds[2], seconds[1], seconds[3],
                seconds[1] / seconds[3]);
    }

    static List<Result> run(Options options) throws Exception {
        Europarl corpus = new Europarl();
        Files.createDirectories(options.out());
        warmUp(corpus, options.out());
        List<Result> results = new ArrayList<>();
        for (int size : options.sizes()) {
            results.add(measure(corpus, size, options));
        }
        return results;
    }

    private static Result measure(Europarl corpus, int size, Options options) throws Exception {
        Path raw = options.out().resolve("raw-" + size);
        Path lede = options.out().resolve("lede-" + size);
        double textMB = 0;
        for (int i = 0; i < size; i++) {
            Article article = corpus.article(i);
            textMB += (article.title().length() + article.body().length()) / 1e6;
        }
        int rounds = Options.indexingRounds(size);
        double rawSeconds = Double.MAX_VALUE;
        double ledeSeconds = Double.MAX_VALUE;
        for (int round = 0; round < rounds; round++) {
            boolean last = round == rounds - 1;
            double[] seconds = indexBoth(corpus, size, round, fresh(last ? raw : options.out().resolve("scratch-raw")),
                    fresh(last ? lede : options.out().resolve("scratch-lede")));
            rawSeconds = Math.min(rawSeconds, seconds[0]);
            ledeSeconds = Math.min(ledeSeconds, seconds[1]);
        }
        fresh(options.out().resolve("scratch-raw"));
        fresh(options.out().resolve("scratch-lede"));
        double namesSeconds = 0;
        if (size <= Options.NAMES_UP_TO) {
            Path named = options.out().resolve("lede-names-" + size);
            namesSeconds = Double.MAX_VALUE;
            for (int round = 0; round < rounds; round++) {
                namesSeconds = Math.min(namesSeconds, indexLede(corpus, size, Lede.open(fresh(named))));
            }
            fresh(named);
        }
        double[] rawLatency;
        double[] ledeLatency;
        double rawQps;
        double ledeQps;
        try (RawLucene rawIndex = new RawLucene(raw); Lede ledeIndex = Lede.builder(lede).nameFinder(NameFinder.none()).open()) {
            List<String> queries = Queries.sample(corpus, size, options.queries(), new Random(42));
            for (String query : queries) { // warm both searchers
                rawIndex.search(query);
                ledeIndex.search(query);
            }
            // Indexing left garbage in the old generation; collecting it now keeps its pauses out of the latencies.
            System.gc();
            // Each query several times, who goes first alternating: p99 then rests on more than a handful of queries.
            double[] rawTimes = new double[queries.size() * LATENCY_PASSES];
            double[] ledeTimes = new double[queries.size() * LATENCY_PASSES];
            for (int pass = 0; pass < LATENCY_PASSES; pass++) {
                for (int i = 0; i < queries.size(); i++) {
                    String query = queries.get(i);
                    int at = pass * queries.size() + i;
                    inTurn(pass % 2 == 0, () -> rawTimes[at] = millis(() -> rawIndex.search(query)),
                            () -> ledeTimes[at] = millis(() -> ledeIndex.search(query)));
                }
            }
            rawLatency = rawTimes;
            ledeLatency = ledeTimes;
            // Two threads on two cores swing from one run to the next: several short rounds, in alternating order.
            double[] queriesPerSecond = new double[2];
            for (int round = 0; round < THROUGHPUT_ROUNDS; round++) {
                inTurn(round % 2 == 0, () -> {
                    System.gc();
                    queriesPerSecond[0] += throughput(options.concurrentSeconds(), queries, rawIndex::search);
                }, () -> {
                    System.gc();
                    queriesPerSecond[1] += throughput(options.concurrentSeconds(), queries, ledeIndex::search);
                });
            }
            rawQps = queriesPerSecond[0] / THROUGHPUT_ROUNDS;
            ledeQps = queriesPerSecond[1] / THROUGHPUT_ROUNDS;
        }
        // Sizes once both are closed: an open reader keeps merged-away files on disk.
        return new Result(size, textMB, rawSeconds, ledeSeconds, namesSeconds, bytes(raw), bytes(lede), segments(raw),
                segments(lede), percentiles(rawLatency), percentiles(ledeLatency), rawQps, ledeQps);
    }

    /** Passes over the queries for latency. */
    static final int LATENCY_PASSES = 5;
    /** Rounds of the two-thread test, each side searching for {@link Options#concurrentSeconds} per round. */
    static final int THROUGHPUT_ROUNDS = 3;
    /** Articles each side indexes before the other takes its turn. */
    private static final int CHUNK = 10_000;

    /**
     * Seconds for raw Lucene and for lede (names off) to index the first {@code size} articles, each
     * until its writer is closed (which waits for Lucene's merges). They take turns by chunks of
     * {@link #CHUNK}, which goes first alternating (and from one round to the next, so that a corpus of
     * one chunk does not always start with the same side), so that whatever the machine does meanwhile
     * (disk write-back, other processes, the heap left by the other side) falls on both alike.
     */
    static double[] indexBoth(Europarl corpus, int size, int round, Path rawDirectory, Path ledeDirectory) throws Exception {
        double[] seconds = new double[2];
        RawLucene rawIndex = new RawLucene(rawDirectory);
        Lede ledeIndex = Lede.builder(ledeDirectory).nameFinder(NameFinder.none()).open();
        try {
            for (int start = 0; start < size; start += CHUNK) {
                List<Article> chunk = corpus.range(start, Math.min(size, start + CHUNK)); // made before either clock runs
                inTurn((start / CHUNK + round) % 2 == 0, () -> seconds[0] += time(() -> {
                    for (Article article : chunk) {
                        rawIndex.add(article);
                    }
                }), () -> seconds[1] += time(() -> {
                    for (Article article : chunk) {
                        ledeIndex.add(article);
                    }
                }));
            }
            inTurn(round % 2 == 0, () -> seconds[0] += time(rawIndex::commit), () -> seconds[1] += time(() -> {
                ledeIndex.commit();
                ledeIndex.close();
            }));
        } finally {
            rawIndex.close();
            ledeIndex.close();
        }
        return seconds;
    }

    /** Both, raw Lucene first or lede first: alternating the order keeps whatever the machine does meanwhile off one side. */
    private static void inTurn(boolean rawFirst, Work raw, Work lede) throws Exception {
        if (rawFirst) {
            raw.run();
            lede.run();
        } else {
            lede.run();
            raw.run();
        }
    }

    /** Seconds to index the first {@code size} articles with lede, until it is closed (both wait for merges). */
    private static double indexLede(Europarl corpus, int size, Lede index) throws Exception {
        double seconds = 0;
        try (index) {
            for (int start = 0; start < size; start += CHUNK) {
                List<Article> chunk = corpus.range(start, Math.min(size, start + CHUNK));
                seconds += time(() -> {
                    for (Article article : chunk) {
                        index.add(article);
                    }
                });
            }
            seconds += time(() -> {
                index.commit();
                index.close();
            });
        }
        return seconds;
    }

    /** The JIT compiles both paths before anything is timed. */
    private static void warmUp(Europarl corpus, Path out) throws Exception {
        Path raw = fresh(out.resolve("warm-raw"));
        Path lede = fresh(out.resolve("warm-lede"));
        try (RawLucene rawIndex = new RawLucene(raw); Lede ledeIndex = Lede.open(lede)) {
            for (int i = 0; i < 2_000; i++) {
                rawIndex.add(corpus.article(i));
                ledeIndex.add(corpus.article(i));
            }
            rawIndex.commit();
            ledeIndex.commit();
            for (String query : Queries.sample(corpus, 2_000, 200, new Random(7))) {
                rawIndex.search(query);
                ledeIndex.search(query);
            }
        }
    }

    interface Work {
        void run() throws Exception;
    }

    interface Search {
        Object search(String query) throws Exception;
    }

    private static double time(Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    private static double millis(Work work) throws Exception {
        return time(work) * 1000;
    }

    /** Queries per second with two threads searching at once for the given time. */
    private static double throughput(double seconds, List<String> queries, Search search) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> threads = new ArrayList<>();
        Exception[] failure = new Exception[1];
        long start = System.nanoTime();
        for (int t = 0; t < 2; t++) {
            int offset = t * 7;
            threads.add(Thread.ofPlatform().start(() -> {
                int i = offset;
                try {
                    while (System.nanoTime() < end) {
                        search.search(queries.get(i++ % queries.size()));
                        done.incrementAndGet();
                    }
                } catch (Exception e) {
                    failure[0] = e;
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** p50 and p99. */
    static double[] percentiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[(int) (sorted.length * 0.50)], sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))]};
    }

    static long bytes(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Every search visits each segment: with the same documents, more segments cost more per query. */
    static int segments(Path directory) throws IOException {
        try (Directory index = FSDirectory.open(directory)) {
            return SegmentInfos.readLatestCommit(index).size();
        }
    }

    static Path fresh(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        return directory;
    }

    /**
     * Wall time of a search as a fresh process on the largest indexes, median of five: {@code lede search} and the raw
     * one-shot program ({@link RawSearch}), each plain and with a start-up cache made by a training run, as the
     * launcher makes it (JDK 25's ahead-of-time cache, or a class-data-sharing archive before). lede's training run
     * is the launcher's (a search of the sample corpus, indexed by an unrecorded run before); raw Lucene's a search
     * of its index for another word.
     * @return seconds: lede plain, lede cached, raw plain, raw cached
     */
    static double[] coldStart(Options options, int size) throws Exception {
        Path jar = Path.of("cli/target/lede-cli.jar").toAbsolutePath();
        Path benchJar = Path.of("bench/target/lede-bench.jar").toAbsolutePath();
        if (!options.coldStart() || !Files.exists(jar)) {
            return null;
        }
        String ledeIndex = options.out().resolve("lede-" + size).toAbsolutePath().toString();
        String rawIndex = options.out().resolve("raw-" + size).toAbsolutePath().toString();
        Path ledeCache = options.out().resolve("lede-cli.cache").toAbsolutePath();
        Path rawCache = options.out().resolve("raw-search.cache").toAbsolutePath();
        Files.deleteIfExists(ledeCache);
        Files.deleteIfExists(rawCache);
        List<String> lede = List.of("-Dlede.home=" + Path.of("").toAbsolutePath(), "--enable-native-access=ALL-UNNAMED", "-jar", jar.toString());
        List<String> raw = List.of("--enable-native-access=ALL-UNNAMED", "-cp", benchJar.toString(), RawSearch.class.getName());
        Path training = Files.createTempDirectory(options.out().toAbsolutePath(), "training");
        runIn(training, command(List.of(), lede, "search", "ceasefire hostages")); // indexes the sample, unrecorded
        runIn(training, command(startUpCache(ledeCache, true), lede, "search", "ceasefire hostages"));
        runIn(training, command(startUpCache(rawCache, true), raw, rawIndex, "commission"));
        fresh(training);
        List<String> cached = new ArrayList<>(startUpCache(ledeCache, false));
        cached.add(QUICK);
        List<String> rawCached = new ArrayList<>(startUpCache(rawCache, false));
        rawCached.add(QUICK);
        return new double[] {median(command(List.of(QUICK), lede, "search", "--index", ledeIndex, "parliament")),
            median(command(cached, lede, "search", "--index", ledeIndex, "parliament")),
            median(command(List.of(QUICK), raw, rawIndex, "parliament")),
            median(command(rawCached, raw, rawIndex, "parliament"))};
    }

    /** The launcher's flag for a command that answers at once (bin/startup-cache): no optimising JIT compiler. */
    static final String QUICK = "-XX:TieredStopAtLevel=1";

    /** The flags that make ({@code train}) or use a start-up cache, as the launcher {@code lede} passes them. */
    static List<String> startUpCache(Path cache, boolean train) {
        if (Runtime.version().feature() >= 25) {
            return train ? List.of("-XX:AOTCacheOutput=" + cache) : List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off");
        }
        return train ? List.of("-XX:ArchiveClassesAtExit=" + cache)
                : List.of("-XX:SharedArchiveFile=" + cache, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
    }

    private static List<String> command(List<String> flags, List<String> program, String... args) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(flags);
        command.addAll(program);
        command.addAll(List.of(args));
        return command;
    }

    private static void runIn(Path directory, List<String> command) throws Exception {
        new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    private static double median(List<String> command) throws Exception {
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            times[i] = time(() -> run(command));
        }
        Arrays.sort(times);
        return times[2];
    }

    private static void run(List<String> command) throws Exception {
        if (exitCode(command) != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    /** Runs a process to its end, its output discarded. */
    static int exitCode(List<String> command) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    /** The {@code java} of the JDK running the benchmark, for the processes it starts. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }
}
