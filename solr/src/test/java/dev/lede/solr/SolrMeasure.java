package dev.lede.solr;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.Hit;
import dev.lede.IndexListener;
import dev.lede.Lede;
import dev.lede.Search;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.common.util.NamedList;

/**
 * Figures for BENCHMARKS.md and SCALING.md: one collection of articles indexed into a local index and into a local
 * SolrCloud (both naming the articles, one client each), then each topic searched on both, in the same run. Not a
 * test; run by {@code bench/solr}:
 *
 * <pre>{@code SolrMeasure ARTICLES.jsonl TOPICS.tsv [--shards S] [--replicas R] [--copies K] [--every-copy]}</pre>
 *
 * <p>{@code --copies K} indexes each article K times, each copy with an id and a closing sentence of its own (so
 * that neither side stores it once as an exact copy), to measure a larger shard; {@code --every-copy} then searches
 * without folding near-copies, as each article has K of them.
 */
final class SolrMeasure {
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(args[0]);
        List<String> topics = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.substring(l.indexOf('\t') + 1)).toList();
        int shards = 2;
        int replicas = 2;
        int copies = 1;
        boolean everyCopy = false;
        for (int i = 2; i < args.length; i++) {
            switch (args[i]) {
                case "--shards" -> shards = Integer.parseInt(args[++i]);
                case "--replicas" -> replicas = Integer.parseInt(args[++i]);
                case "--copies" -> copies = Integer.parseInt(args[++i]);
                case "--every-copy" -> everyCopy = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory("lede-measure");
        if (copies > 1) {
            articles = copied(articles, copies, dir.resolve("articles.jsonl"));
        }
        int nodes = Math.max(1, Math.min(2, shards * replicas));
        try (LocalSolrCloudProcess cluster = LocalSolrCloudProcess.start(nodes, dir.resolve("solr.log"));
                SolrLede solr = SolrLede.connect(cluster.zookeeper(), "measure");
                Lede local = Lede.open(dir.resolve("local"))) {
            solr.createCollection(shards, replicas);
            long start = System.nanoTime();
            local.index(List.of(articles), IndexListener.NONE);
            local.commit();
            double localSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            SolrLede.Report report = solr.index(List.of(articles));
            double solrSeconds = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            SolrLede.Report again = solr.index(List.of(articles));
            double againSeconds = (System.nanoTime() - start) / 1e9;
            int n = local.size();
            System.out.printf("articles %d; local index %.1f s (%.0f/s); SolrCloud %dx%d on %d nodes %.1f s (%.0f/s, added %d); "
                    + "re-run %.1f s (unchanged %d)%n", n, localSeconds, n / localSeconds, shards, replicas, nodes, solrSeconds,
                    report.added() / solrSeconds, report.added(), againSeconds, again.unchanged());
            long localBytes = bytes(dir.resolve("local"));
            long solrBytes = 0;
            for (String node : cluster.nodes()) {
                solrBytes += coreBytes(node);
            }
            System.out.printf("index on disk: local %.1f MB (%.0f bytes an article); SolrCloud %.1f MB over %d replicas of %d "
                    + "shards (%.0f bytes an article a replica)%n", localBytes / 1e6, (double) localBytes / n, solrBytes / 1e6,
                    replicas, shards, (double) solrBytes / n / replicas);

            int sameSets = 0;
            double overlap = 0;
            for (String topic : topics) {
                Set<String> here = ids(local.search(search(topic, 1000, everyCopy)).hits());
                Set<String> there = ids(solr.search(search(topic, 1000, everyCopy)).hits());
                sameSets += here.equals(there) ? 1 : 0;
                Set<String> top = ids(local.search(search(topic, 10, everyCopy)).hits());
                Set<String> solrTop = ids(solr.search(search(topic, 10, everyCopy)).hits());
                int before = top.size();
                top.retainAll(solrTop);
                overlap += before == 0 ? 1 : (double) top.size() / before;
            }
            System.out.printf("topics %d: same hits in the first 1,000 for %d, mean top-10 overlap %.3f%n", topics.size(), sameSets,
                    overlap / topics.size());
            int count = topics.size() * ROUNDS;
            double[] localMs = new double[count];
            double[] solrMs = new double[count];
            double[] facetMs = new double[count];
            for (int round = -1; round < ROUNDS; round++) {
                for (int i = 0; i < topics.size(); i++) {
                    String topic = topics.get(i);
                    long t = System.nanoTime();
                    local.search(search(topic, 10, everyCopy));
                    double localTook = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    solr.search(search(topic, 10, everyCopy));
                    double solrTook = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    solr.facets(topic, 5);
                    double facetsTook = (System.nanoTime() - t) / 1e6;
                    // The first round warms both up and is not counted.
                    if (round >= 0) {
                        localMs[round * topics.size() + i] = localTook;
                        solrMs[round * topics.size() + i] = solrTook;
                        facetMs[round * topics.size() + i] = facetsTook;
                    }
                }
            }
            System.out.printf("search, top 10 with snippets%s, %d topics x %d rounds: local p50 %.1f ms p99 %.1f ms; SolrCloud "
                    + "p50 %.1f ms p99 %.1f ms; SolrCloud facets alone p50 %.1f ms p99 %.1f ms%n",
                    everyCopy ? ", every copy a hit" : ", copies folded", topics.size(), ROUNDS, percentile(localMs, 0.5),
                    percentile(localMs, 0.99), percentile(solrMs, 0.5), percentile(solrMs, 0.99), percentile(facetMs, 0.5),
                    percentile(facetMs, 0.99));
        }
    }

    private static Search search(String topic, int limit, boolean everyCopy) {
        return Search.of(topic).page(0, limit).withCopiesGrouped(!everyCopy);
    }

    /** Each article {@code copies} times, each with an id and a closing sentence of its own. */
    private static Path copied(Path articles, int copies, Path to) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = Files.readAllLines(articles, StandardCharsets.UTF_8);
        try (BufferedWriter out = Files.newBufferedWriter(to, StandardCharsets.UTF_8)) {
            for (int copy = 0; copy < copies; copy++) {
                for (String line : lines) {
                    if (line.isBlank()) {
                        continue;
                    }
                    ObjectNode article = (ObjectNode) json.readTree(line);
                    if (article.has("id")) {
                        article.put("id", article.get("id").asText() + "-" + copy);
                    }
                    article.put("body", article.get("body").asText() + "\n\nFiled as copy " + copy + ".");
                    out.write(json.writeValueAsString(article));
                    out.newLine();
                }
            }
        }
        return to;
    }

    /** The size of the index of every core on a node. */
    private static long coreBytes(String node) throws Exception {
        try (Http2SolrClient client = new Http2SolrClient.Builder(node).build()) {
            long bytes = 0;
            for (var core : CoreAdminRequest.getStatus(null, client).getCoreStatus()) {
                Object index = core.getValue().get("index");
                if (index instanceof NamedList<?> about && about.get("sizeInBytes") instanceof Number size) {
                    bytes += size.longValue();
                }
            }
            return bytes;
        }
    }

    private static long bytes(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
        }
    }

    private static Set<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).collect(Collectors.toCollection(HashSet::new));
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }
}
