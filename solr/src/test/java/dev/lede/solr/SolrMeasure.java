package dev.lede.solr;

import dev.lede.Hit;
import dev.lede.IndexListener;
import dev.lede.Lede;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Figures for SCALING.md: one corpus indexed into a local index and into a local 2 x 2 SolrCloud (both naming the
 * articles), then each topic searched on both. Not a test; run by hand with the corpus and its topics:
 * {@code SolrMeasure ARTICLES TOPICS.tsv}.
 */
final class SolrMeasure {
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws Exception {
        Path articles = Path.of(args[0]);
        List<String> topics = Files.readAllLines(Path.of(args[1])).stream().filter(l -> !l.isBlank())
                .map(l -> l.substring(l.indexOf('\t') + 1)).toList();
        Path dir = Files.createTempDirectory("lede-measure");
        try (LocalSolrCloudProcess cluster = LocalSolrCloudProcess.start(2, dir.resolve("solr.log"));
                SolrLede solr = SolrLede.connect(cluster.zookeeper(), "measure");
                Lede local = Lede.open(dir.resolve("local"))) {
            solr.createCollection(2, 2);
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
            System.out.printf("articles %d; local index %.1f s (%.0f/s); SolrCloud 2x2 %.1f s (%.0f/s, added %d); re-run %.1f s (unchanged %d)%n",
                    n, localSeconds, n / localSeconds, solrSeconds, report.added() / solrSeconds, report.added(), againSeconds, again.unchanged());
            int sameSets = 0;
            double overlap = 0;
            for (String topic : topics) {
                Set<String> here = ids(local.search(topic, 1000).hits());
                Set<String> there = ids(solr.search(topic, 1000).hits());
                sameSets += here.equals(there) ? 1 : 0;
                if (!here.equals(there)) {
                    System.out.printf("  differs: %s (local %d, solr %d, shared %d)%n", topic, here.size(), there.size(),
                            here.stream().filter(there::contains).count());
                }
                Set<String> top = new HashSet<>(local.search(topic, 10).hits().stream().map(Hit::id).toList());
                List<String> solrTop = solr.search(topic, 10).hits().stream().map(Hit::id).toList();
                int before = top.size();
                top.retainAll(solrTop);
                overlap += before == 0 ? 1 : (double) top.size() / before;
            }
            System.out.printf("topics %d: same hit sets %d, mean top-10 overlap %.3f%n", topics.size(), sameSets, overlap / topics.size());
            double[] localMs = new double[topics.size() * ROUNDS];
            double[] solrMs = new double[topics.size() * ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < topics.size(); i++) {
                    long t = System.nanoTime();
                    local.search(topics.get(i), 10);
                    localMs[round * topics.size() + i] = (System.nanoTime() - t) / 1e6;
                    t = System.nanoTime();
                    solr.search(topics.get(i), 10);
                    solr.facets(topics.get(i), 5);
                    solrMs[round * topics.size() + i] = (System.nanoTime() - t) / 1e6;
                }
            }
            System.out.printf("search, top 10 with snippets: local median %.1f ms; SolrCloud median %.1f ms, p90 %.1f ms (search and facets, two requests)%n",
                    median(localMs), median(solrMs), percentile(solrMs, 0.9));
        }
    }

    private static Set<String> ids(List<Hit> hits) {
        return hits.stream().map(Hit::id).collect(Collectors.toSet());
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }
}
