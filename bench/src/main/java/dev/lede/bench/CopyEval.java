package dev.lede.bench;

import dev.lede.Article;
import dev.lede.Copy;
import dev.lede.IndexListener;
import dev.lede.InputFormat;
import dev.lede.Lede;
import dev.lede.NameFinder;
import dev.lede.Search;
import dev.lede.internal.index.ArticleDocuments;
import dev.lede.internal.index.CopySignature;
import dev.lede.internal.index.Fingerprint;
import dev.lede.internal.index.LedeAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Precision and recall of the near-copy grouping (EVALUATION.md, "Near-copies"): the copies {@link Lede#copies} finds
 * through the index's signatures against pairs judged by reading them. Candidate pairs come from an exhaustive
 * comparison of every pair's 5-word shingles (exact Jaccard similarity), not from the signatures; SimHash is scored
 * on the same labels for comparison. Also times indexing with and without the signature in one run.
 *
 * <pre>java -cp bench/target/lede-bench.jar dev.lede.bench.CopyEval --bbc ../shared/data/news-bbc/bbc.jsonl</pre>
 *
 * Options: {@code --bbc FILE}, {@code --labels FILE} (default bench/copies-bbc.tsv: judged BBC id pairs),
 * {@code --testdata DIR} (default testdata), {@code --candidates J} (print every pair at or above J and stop),
 * {@code --latency N,M} (search latency with grouping, without it, raw Lucene's, and raw Lucene's folding copies of one
 * text by an exact key as lede folds near-copies, on N, then M, Europarl articles).
 */
public final class CopyEval {
    private static final double CANDIDATE_JACCARD = 0.2;

    public static void main(String[] args) throws Exception {
        Path bbc = Path.of("../shared/data/news-bbc/bbc.jsonl");
        Path labels = Path.of("bench/copies-bbc.tsv");
        Path testdata = Path.of("testdata");
        Double listFrom = null;
        List<Integer> latencySizes = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--bbc" -> bbc = Path.of(args[i + 1]);
                case "--labels" -> labels = Path.of(args[i + 1]);
                case "--testdata" -> testdata = Path.of(args[i + 1]);
                case "--candidates" -> listFrom = Double.parseDouble(args[i + 1]);
                case "--latency" -> latencySizes = Arrays.stream(args[i + 1].split(",")).map(Integer::parseInt).toList();
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (latencySizes != null) {
            for (int size : latencySizes) {
                latency(size);
            }
            return;
        }
        long reading = System.nanoTime();
        List<Article> articles = read(bbc, NameFinder.lede());
        double readSeconds = (System.nanoTime() - reading) / 1e9;
        System.out.printf(Locale.ROOT, "BBC: %d articles read from %s, names found, in %.1f s%n", articles.size(), bbc, readSeconds);
        List<Pair> candidates = allPairs(articles, listFrom == null ? CANDIDATE_JACCARD : listFrom);
        if (listFrom != null) {
            candidates.forEach(pair -> System.out.printf(Locale.ROOT, "%s\t%s\t%.3f%n", pair.a(), pair.b(), pair.jaccard()));
            return;
        }
        Map<String, Boolean> judged = readLabels(labels);
        timing(articles, readSeconds);
        score("Sample (testdata/copies.tsv)", testdata, List.of(testdata.resolve("seed"), testdata.resolve("corpus")),
                readLabels(testdata.resolve("copies.tsv")), null);
        score("BBC (" + labels + ")", testdata, List.of(bbc), judged, candidates);
        simHash(articles, judged, candidates);
    }

    private static List<Article> read(Path file, NameFinder names) {
        List<Article> articles = new ArrayList<>();
        Lede.parse(file, InputFormat.JSON_LINES, names, located -> articles.add(located.article()), problem -> {});
        return articles;
    }

    /** A pair of article ids, the smaller first, with the exact Jaccard similarity of their shingles. */
    record Pair(String a, String b, double jaccard) {
        String key() {
            return a + "|" + b;
        }
    }

    static String key(String x, String y) {
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    /** The distinct 5-word shingles of a text, as sorted hashes of the lower-case words (the signature's words). */
    static long[] shingles(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        Set<Long> hashes = new HashSet<>();
        for (int start = 0; start + CopySignature.SHINGLE_WORDS <= words.size(); start++) {
            long hash = 1125899906842597L;
            for (int j = start; j < start + CopySignature.SHINGLE_WORDS; j++) {
                hash = 31 * hash + words.get(j).hashCode();
                hash = hash * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
            }
            hashes.add(hash);
        }
        long[] sorted = hashes.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    static double jaccard(long[] x, long[] y) {
        int i = 0, j = 0, both = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                both++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = x.length + y.length - both;
        return union == 0 ? 0 : (double) both / union;
    }

    /** Every pair of articles compared (n²/2 comparisons), those at or above {@code from} kept, most similar first. */
    static List<Pair> allPairs(List<Article> articles, double from) {
        long started = System.nanoTime();
        long[][] shingles = articles.stream().map(article -> shingles(article.body())).toArray(long[][]::new);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                double similarity = jaccard(shingles[i], shingles[j]);
                if (similarity >= from) {
                    String x = articles.get(i).id();
                    String y = articles.get(j).id();
                    pairs.add(x.compareTo(y) < 0 ? new Pair(x, y, similarity) : new Pair(y, x, similarity));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::jaccard).reversed());
        System.out.printf(Locale.ROOT, "All pairs: %,d compared in %.1f s, %d at Jaccard >= %.2f%n",
                (long) articles.size() * (articles.size() - 1) / 2, (System.nanoTime() - started) / 1e9, pairs.size(), from);
        return pairs;
    }

    /** {@code id<TAB>id<TAB>copy|not}; lines starting with # are comments. The sample's file lists copies only. */
    static Map<String, Boolean> readLabels(Path file) throws IOException {
        Map<String, Boolean> labels = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            labels.put(key(cells[0], cells[1]), cells.length < 3 || !cells[2].strip().equals("not"));
        }
        return labels;
    }

    /**
     * Indexes the inputs with lede and asks each article for its copies. A pair counts as a copy when labelled so; any
     * other pair found is a false positive (pairs below the candidates' Jaccard were not judged: taken as not copies).
     */
    private static void score(String name, Path testdata, List<Path> inputs, Map<String, Boolean> labels, List<Pair> candidates)
            throws IOException {
        Path index = Files.createTempDirectory("lede-copies");
        Set<String> found = new HashSet<>();
        Set<String> ids = new HashSet<>();
        try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
            lede.index(inputs, IndexListener.NONE);
            lede.forEachMatch(Search.all(), false, hit -> ids.add(hit.id()));
            for (String id : ids) {
                for (Copy copy : lede.copies(id)) {
                    found.add(key(id, copy.id()));
                }
            }
        } finally {
            delete(index);
        }
        // Only pairs whose two articles are both in the index can be grouped: exact copies are stored once.
        Set<String> truth = new HashSet<>();
        labels.forEach((pair, copy) -> {
            String[] two = pair.split("\\|");
            if (copy && ids.contains(two[0]) && ids.contains(two[1])) {
                truth.add(pair);
            }
        });
        long right = found.stream().filter(truth::contains).count();
        long unjudged = found.stream().filter(pair -> !labels.containsKey(pair)).count();
        System.out.printf(Locale.ROOT, "%s: %d articles indexed, %d labelled copy pairs among them, %d pairs grouped "
                        + "(%d not judged); precision %.3f, recall %.3f%n", name, ids.size(), truth.size(), found.size(), unjudged,
                found.isEmpty() ? 1.0 : (double) right / found.size(), truth.isEmpty() ? 1.0 : (double) right / truth.size());
        for (String pair : truth) {
            if (!found.contains(pair)) {
                System.out.println("  missed: " + pair + jaccardOf(pair, candidates));
            }
        }
        for (String pair : found) {
            if (!truth.contains(pair)) {
                System.out.println("  wrongly grouped: " + pair + jaccardOf(pair, candidates));
            }
        }
    }

    private static String jaccardOf(String pair, List<Pair> candidates) {
        if (candidates == null) {
            return "";
        }
        return candidates.stream().filter(c -> c.key().equals(pair)).findFirst()
                .map(c -> String.format(Locale.ROOT, " (Jaccard %.3f)", c.jaccard())).orElse(" (Jaccard < 0.2)");
    }

    /** SimHash (64 bits over the same shingles) scored on the same labels, every pair compared, at several distances. */
    private static void simHash(List<Article> articles, Map<String, Boolean> labels, List<Pair> candidates) {
        long[] hashes = articles.stream().mapToLong(article -> simHash(shingles(article.body()))).toArray();
        Set<String> truth = new HashSet<>();
        labels.forEach((pair, copy) -> {
            if (copy) {
                truth.add(pair);
            }
        });
        for (int distance : new int[] {3, 6, 10, 14}) {
            long grouped = 0, right = 0;
            for (int i = 0; i < hashes.length; i++) {
                for (int j = i + 1; j < hashes.length; j++) {
                    if (Long.bitCount(hashes[i] ^ hashes[j]) <= distance) {
                        grouped++;
                        if (truth.contains(key(articles.get(i).id(), articles.get(j).id()))) {
                            right++;
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "SimHash, all pairs, Hamming distance <= %d: %d pairs grouped, precision %.3f, "
                    + "recall %.3f (of %d labelled, exact copies included)%n", distance, grouped,
                    grouped == 0 ? 1.0 : (double) right / grouped, (double) right / truth.size(), truth.size());
        }
    }

    private static long simHash(long[] shingles) {
        int[] votes = new int[64];
        for (long shingle : shingles) {
            long h = mix(shingle);
            for (int bit = 0; bit < 64; bit++) {
                votes[bit] += ((h >>> bit) & 1) == 1 ? 1 : -1;
            }
        }
        long hash = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (votes[bit] > 0) {
                hash |= 1L << bit;
            }
        }
        return hash;
    }

    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /**
     * Indexing with and without the signature, alternately in one run on the same parsed articles (names already
     * found, as they are before a document is written): the Lucene documents written and committed, best of 10 each.
     * Then the signature alone, and the whole run's rate with the reading and name finding timed once before.
     */
    private static void timing(List<Article> articles, double readSeconds) throws IOException {
        Fingerprint fingerprint = new Fingerprint();
        List<String> fingerprints = articles.stream().map(fingerprint::of).toList();
        // Processor time of this thread: on a shared machine it varies less than the clock (no merges at this size).
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < 20; round++) {
            boolean with = round % 2 == 0;
            Path dir = Files.createTempDirectory("lede-copies-time");
            long started = threads.getCurrentThreadCpuTime();
            try (IndexWriter writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new LedeAnalyzer()))) {
                for (int i = 0; i < articles.size(); i++) {
                    Document doc = ArticleDocuments.toDocument(articles.get(i), fingerprints.get(i), null, null, with);
                    writer.addDocument(doc);
                }
                writer.commit();
            }
            double seconds = (threads.getCurrentThreadCpuTime() - started) / 1e9;
            best[with ? 0 : 1] = Math.min(best[with ? 0 : 1], seconds);
            delete(dir);
        }
        long sum = 0;
        double signatureSeconds = Double.MAX_VALUE;
        for (int round = 0; round < 10; round++) {
            long started = threads.getCurrentThreadCpuTime();
            for (Article article : articles) {
                byte[] signature = CopySignature.of(article.body());
                sum += signature == null ? 0 : signature[0];
            }
            signatureSeconds = Math.min(signatureSeconds, (threads.getCurrentThreadCpuTime() - started) / 1e9);
        }
        System.out.printf(Locale.ROOT, "Writing documents (processor time, best of 10 each, alternating): with the signature %.0f "
                        + "articles/s, without %.0f articles/s (%.1f%% more time); the signature alone %.0f µs an article (%d)%n",
                articles.size() / best[0], articles.size() / best[1], 100 * (best[0] / best[1] - 1),
                signatureSeconds * 1e6 / articles.size(), sum % 2);
        System.out.printf(Locale.ROOT, "Reading, finding names and writing (reading timed once, by the clock): with the signature "
                        + "%.0f articles/s, without %.0f articles/s%n", articles.size() / (readSeconds + best[0]),
                articles.size() / (readSeconds + best[1]));
    }

    /**
     * Search latency on {@code size} articles of the benchmark's cycled Europarl corpus, whose texts recur every 17,597
     * articles under another id and headline (so most hits have copies: grouping's worst case): raw Lucene with
     * snippets, lede with copies grouped (the default), lede with every copy, and raw Lucene doing lede's grouping by
     * hand with an exact key (the text's hash), each query in turn on all four, who goes first rotating; 2,000 queries
     * three times; p50 and p99 in ms.
     */
    private static void latency(int size) throws Exception {
        Europarl corpus = Europarl.recurring();
        Path dir = Files.createTempDirectory("lede-copies-latency");
        try (RawLucene raw = new RawLucene(dir.resolve("raw"), true);
                Lede lede = Lede.builder(dir.resolve("lede")).nameFinder(NameFinder.none()).open()) {
            corpus.indexInto(size, raw, lede);
            List<String> queries = Queries.sample(corpus, size, 2_000, new java.util.Random(42));
            int sides = 4;
            double[][] times = new double[sides][queries.size() * 3];
            for (int pass = -1; pass < 3; pass++) { // a pass to warm up first
                for (int q = 0; q < queries.size(); q++) {
                    String query = queries.get(q);
                    for (int turn = 0; turn < sides; turn++) {
                        int side = (turn + q + Math.max(pass, 0)) % sides;
                        long started = System.nanoTime();
                        switch (side) {
                            case 0 -> raw.search(query);
                            case 1 -> lede.search(Search.of(query));
                            case 2 -> lede.search(Search.of(query).withCopiesGrouped(false));
                            default -> raw.searchFolded(query);
                        }
                        if (pass >= 0) {
                            times[side][pass * queries.size() + q] = (System.nanoTime() - started) / 1e6;
                        }
                    }
                }
            }
            long withCopies = 0;
            for (String query : queries.subList(0, 200)) {
                withCopies += lede.search(Search.of(query)).hits().stream().filter(hit -> !hit.copies().isEmpty()).count();
            }
            String[] names = {"raw Lucene", "lede, copies grouped", "lede, every copy (--all)", "raw Lucene, copies folded by a story key"};
            double[] raw50 = Bench.percentiles(times[0]);
            double[] folded50 = Bench.percentiles(times[3]);
            for (int side = 0; side < sides; side++) {
                double[] p = Bench.percentiles(times[side]);
                System.out.printf(Locale.ROOT, "%,d articles, %s: p50 %.3f ms (%.2fx raw, %.2fx raw folded), p99 %.3f ms (%.2fx raw, "
                        + "%.2fx raw folded)%n", size, names[side], p[0], p[0] / raw50[0], p[0] / folded50[0], p[1], p[1] / raw50[1],
                        p[1] / folded50[1]);
            }
            System.out.printf(Locale.ROOT, "Hits with copies among the first 200 queries' top 10: %d%n", withCopies);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
