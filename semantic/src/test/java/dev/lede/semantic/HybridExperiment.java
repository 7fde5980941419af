package dev.lede.semantic;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.lede.internal.eval.Judgements;
import dev.lede.internal.eval.Metrics;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Measures, before anything is built, whether dense retrieval with a small sentence-embedding model,
 * alone or fused with lede's BM25 ranking, ranks a judged collection better. Not part of the product.
 *
 * <p>Arguments: an index lede built (the articles' stored headline and text are read from it), the
 * topics, the qrels, lede's run file for those topics ({@code lede eval --run}), a cache folder for the
 * article vectors, the model ({@code full} or {@code q}, the quantised one) and how many words of the
 * text follow the headline in what is embedded. Dense rankings are exact (cosine over every article),
 * the ceiling of what an HNSW search returns. Every fitted parameter is also reported by two-fold
 * cross-validation over odd and even topic ids: fitted on one half, scored on the other.
 */
public final class HybridExperiment {
    private static final int DEPTH = 1000;

    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        Map<String, String> topics = Judgements.topics(Path.of(args[1]));
        Map<String, Map<String, Integer>> qrels = Judgements.qrels(Path.of(args[2]));
        Map<String, Map<String, Double>> bm25Scores = new HashMap<>();
        Map<String, List<String>> bm25 = readRun(Path.of(args[3]), bm25Scores);
        Path cache = Path.of(args[4]);
        String modelName = args.length > 5 ? args[5] : "full";
        int words = args.length > 6 ? Integer.parseInt(args[6]) : 200;
        EmbeddingModel model = modelName.equals("q") ? new AllMiniLmL6V2QuantizedEmbeddingModel()
                : new AllMiniLmL6V2EmbeddingModel();

        Map<String, String> texts = articles(index, words);
        Files.createDirectories(cache);
        Path vectorsFile = cache.resolve(index.getFileName() + "-" + modelName + "-" + words + ".vec");
        Map<String, float[]> vectors = vectors(vectorsFile, texts, model);

        Map<String, List<String>> dense = new LinkedHashMap<>();
        Map<String, Map<String, Double>> denseScores = new HashMap<>();
        long queryNanos = 0;
        for (var topic : topics.entrySet()) {
            long start = System.nanoTime();
            float[] q = model.embed(topic.getValue()).content().vector();
            queryNanos += System.nanoTime() - start;
            List<String> ranked = rank(q, vectors);
            dense.put(topic.getKey(), ranked);
            Map<String, Double> scores = new HashMap<>();
            ranked.forEach(doc -> scores.put(doc, (double) dot(q, vectors.get(doc))));
            denseScores.put(topic.getKey(), scores);
        }
        System.out.printf("query embedding: %.1f ms per query (%d queries)%n",
                queryNanos / 1e6 / topics.size(), topics.size());

        List<String> ids = topics.keySet().stream().filter(qrels::containsKey).toList();
        Function<Map<String, List<String>>, double[]> perTopic = runs -> ids.stream()
                .mapToDouble(id -> Metrics.score(runs.getOrDefault(id, List.of()), qrels.get(id)).ndcg10())
                .toArray();

        Map<String, double[]> variants = new LinkedHashMap<>();
        variants.put("lede BM25", perTopic.apply(bm25));
        variants.put("dense", perTopic.apply(dense));
        for (int k : new int[] {10, 20, 30, 60, 100}) {
            variants.put("rrf k=" + k, perTopic.apply(fuse(bm25, dense, ids, (b, d) -> rrf(b, d, k, 0.5))));
        }
        // What the product can do cheaply: both lists cut short, and the dense list kept to the articles
        // the query's words match (so a search's matches, and its count, stay those of BM25).
        Map<String, List<String>> within = new HashMap<>();
        for (String id : ids) {
            Set<String> matched = new HashSet<>(bm25.getOrDefault(id, List.of()));
            within.put(id, dense.get(id).stream().filter(matched::contains).toList());
        }
        variants.put("dense within matches", perTopic.apply(within));
        for (int k : new int[] {10, 20, 60}) {
            for (int depth : new int[] {50, 100}) {
                variants.put("rrf k=" + k + " depth " + depth, perTopic.apply(
                        fuse(cut(bm25, depth), cut(dense, depth), ids, (b, d) -> rrf(b, d, k, 0.5))));
                variants.put("rrf k=" + k + " depth " + depth + " within", perTopic.apply(
                        fuse(cut(bm25, depth), cut(within, depth), ids, (b, d) -> rrf(b, d, k, 0.5))));
            }
        }
        for (double w : new double[] {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            variants.put("rrf k=60 bm25 w=" + w, perTopic.apply(fuse(bm25, dense, ids, (b, d) -> rrf(b, d, 60, w))));
        }
        for (double w : new double[] {0.3, 0.4, 0.5, 0.6, 0.7, 0.8}) {
            // Scores min-max normalised per query over each ranking's top 1000, then mixed.
            Map<String, List<String>> mixed = new HashMap<>();
            for (String id : ids) {
                mixed.put(id, linear(bm25Scores.get(id), denseScores.get(id), w));
            }
            variants.put("linear bm25 w=" + w, perTopic.apply(mixed));
        }

        boolean[] odd = new boolean[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            odd[i] = Integer.parseInt(ids.get(i).replaceAll("\\D", "")) % 2 == 1;
        }
        System.out.printf("%-26s %7s %7s %7s%n", "variant", "all", "odd", "even");
        for (var v : variants.entrySet()) {
            System.out.printf("%-26s %7.3f %7.3f %7.3f%n", v.getKey(), mean(v.getValue(), odd, null),
                    mean(v.getValue(), odd, true), mean(v.getValue(), odd, false));
        }
        for (String family : List.of("rrf k=", "rrf k=60 bm25 w=", "linear bm25 w=")) {
            crossValidate(family, variants, odd);
        }
        System.out.println();
        System.out.println("per topic: lede BM25 / dense / rrf k=60");
        for (int i = 0; i < ids.size(); i++) {
            System.out.printf("%-6s %6.3f %6.3f %6.3f  %s%n", ids.get(i), variants.get("lede BM25")[i],
                    variants.get("dense")[i], variants.get("rrf k=60")[i], topics.get(ids.get(i)));
        }
    }

    private static List<String> linear(Map<String, Double> bm25, Map<String, Double> dense, double w) {
        Map<String, Double> b = normalise(bm25 == null ? Map.of() : bm25);
        Map<String, Double> d = normalise(dense);
        Map<String, Double> sum = new HashMap<>();
        b.forEach((doc, s) -> sum.merge(doc, w * s, Double::sum));
        d.forEach((doc, s) -> sum.merge(doc, (1 - w) * s, Double::sum));
        return top(sum);
    }

    private static Map<String, Double> normalise(Map<String, Double> scores) {
        double min = scores.values().stream().mapToDouble(x -> x).min().orElse(0);
        double max = scores.values().stream().mapToDouble(x -> x).max().orElse(1);
        Map<String, Double> out = new HashMap<>();
        scores.forEach((doc, s) -> out.put(doc, max == min ? 1 : (s - min) / (max - min)));
        return out;
    }

    private static void crossValidate(String family, Map<String, double[]> variants, boolean[] odd) {
        List<String> members = variants.keySet().stream().filter(n -> n.startsWith(family)
                && n.substring(family.length()).matches("[0-9.]+")).toList();
        double heldOutSum = 0;
        StringBuilder picks = new StringBuilder();
        for (boolean trainOdd : new boolean[] {true, false}) {
            String best = members.stream().max(Comparator.comparingDouble(n -> mean(variants.get(n), odd, trainOdd)))
                    .orElseThrow();
            double[] scores = variants.get(best);
            int n = 0;
            for (int i = 0; i < odd.length; i++) {
                if (odd[i] != trainOdd) {
                    heldOutSum += scores[i];
                    n++;
                }
            }
            picks.append(String.format(" fit on %s -> %s, held-out %.3f;", trainOdd ? "odd" : "even",
                    best.substring(family.length()), mean(scores, odd, !trainOdd)));
        }
        System.out.printf("cross-validated %-18s %.3f over all held-out topics (%s)%n", family.trim(),
                heldOutSum / odd.length, picks.toString().trim());
    }

    private static double mean(double[] scores, boolean[] odd, Boolean which) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            if (which == null || odd[i] == which) {
                sum += scores[i];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    interface Fusion {
        Map<String, Double> apply(List<String> bm25, List<String> dense);
    }

    private static Map<String, List<String>> fuse(Map<String, List<String>> bm25, Map<String, List<String>> dense,
            List<String> ids, Fusion fusion) {
        Map<String, List<String>> out = new HashMap<>();
        for (String id : ids) {
            out.put(id, top(fusion.apply(bm25.getOrDefault(id, List.of()), dense.get(id))));
        }
        return out;
    }

    /** Reciprocal rank fusion: each ranking gives 1 / (k + rank), weighted w for BM25 and 1 - w for dense. */
    private static Map<String, Double> rrf(List<String> bm25, List<String> dense, int k, double w) {
        Map<String, Double> sum = new HashMap<>();
        for (int i = 0; i < Math.min(DEPTH, bm25.size()); i++) {
            sum.merge(bm25.get(i), w / (k + i + 1), Double::sum);
        }
        for (int i = 0; i < Math.min(DEPTH, dense.size()); i++) {
            sum.merge(dense.get(i), (1 - w) / (k + i + 1), Double::sum);
        }
        return sum;
    }

    private static Map<String, List<String>> cut(Map<String, List<String>> runs, int depth) {
        Map<String, List<String>> out = new HashMap<>();
        runs.forEach((id, list) -> out.put(id, list.subList(0, Math.min(depth, list.size()))));
        return out;
    }

    private static List<String> top(Map<String, Double> scores) {
        return scores.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(DEPTH).map(Map.Entry::getKey).toList();
    }

    private static List<String> rank(float[] q, Map<String, float[]> vectors) {
        Map<String, Double> scores = new HashMap<>();
        vectors.forEach((id, v) -> scores.put(id, (double) dot(q, v)));
        return top(scores);
    }

    private static float dot(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** The headline, then the first words of the text. */
    private static Map<String, String> articles(Path index, int words) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (var dir = FSDirectory.open(index); var reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                StoredFields stored = leaf.reader().storedFields();
                Bits live = leaf.reader().getLiveDocs();
                for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                    if (live != null && !live.get(d)) {
                        continue;
                    }
                    Document doc = stored.document(d);
                    String[] body = String.valueOf(doc.get("body")).split("\\s+");
                    String start = String.join(" ", List.of(body).subList(0, Math.min(words, body.length)));
                    out.put(doc.get("id"), doc.get("title") + ". " + start);
                }
            }
        }
        return out;
    }

    private static Map<String, float[]> vectors(Path file, Map<String, String> texts, EmbeddingModel model)
            throws IOException {
        Map<String, float[]> out = new LinkedHashMap<>();
        if (Files.exists(file)) {
            try (var in = new DataInputStream(Files.newInputStream(file))) {
                int n = in.readInt();
                for (int i = 0; i < n; i++) {
                    String id = in.readUTF();
                    float[] v = new float[in.readInt()];
                    for (int j = 0; j < v.length; j++) {
                        v[j] = in.readFloat();
                    }
                    out.put(id, v);
                }
            }
            System.out.println("vectors read from " + file);
            return out;
        }
        long start = System.nanoTime();
        for (var e : texts.entrySet()) {
            out.put(e.getKey(), model.embed(e.getValue()).content().vector());
        }
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.printf("embedded %d articles in %.1f s: %.1f ms per article, one thread%n", texts.size(), ms / 1000,
                ms / texts.size());
        try (var outStream = new DataOutputStream(Files.newOutputStream(file))) {
            outStream.writeInt(out.size());
            for (var e : out.entrySet()) {
                outStream.writeUTF(e.getKey());
                outStream.writeInt(e.getValue().length);
                for (float f : e.getValue()) {
                    outStream.writeFloat(f);
                }
            }
        }
        return out;
    }

    private static Map<String, List<String>> readRun(Path file, Map<String, Map<String, Double>> scores)
            throws IOException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] f = line.trim().split("\\s+");
            if (f.length < 5) {
                continue;
            }
            out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[2]);
            scores.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[2], Double.parseDouble(f[4]));
        }
        return out;
    }

    private HybridExperiment() {}

}
