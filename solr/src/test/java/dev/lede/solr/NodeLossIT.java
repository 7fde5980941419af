package dev.lede.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.IndexListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node of a real two-node SolrCloud (2 shards x 2 replicas) stopped while articles are being sent: what Solr had
 * acknowledged is kept, the run carries on through the other node, and a run after the node is back adds nothing.
 */
class NodeLossIT {
    /** Five batches: the node stops once the first is acknowledged, before the run commits. */
    private static final int ARTICLES = 5 * SolrLede.BATCH;

    @TempDir
    Path temp;

    @Test
    void aNodeStoppedMidIndexingLosesNothingAcknowledged() throws Exception {
        Path articles = temp.resolve("wire.jsonl");
        Files.write(articles, articles(ARTICLES), StandardCharsets.UTF_8);
        try (LocalSolrCloudProcess cluster = LocalSolrCloudProcess.start(2, Path.of("target", "node-loss-it.log"));
                SolrLede solr = SolrLede.connect(cluster.zookeeper(), "wire")) {
            assertTrue(solr.createCollection(2, 2));
            List<Integer> kept = new ArrayList<>();
            AtomicReference<CompletableFuture<Void>> stopping = new AtomicReference<>();
            SolrLede.Report report = solr.index(List.of(articles), new IndexListener() {
                @Override
                public void committed(int articles) {
                    kept.add(articles);
                    if (articles == SolrLede.BATCH) {
                        // While the next batches are read and sent.
                        stopping.set(CompletableFuture.runAsync(() -> {
                            try {
                                cluster.stopNode(2);
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }));
                    }
                }
            });
            stopping.get().get(60, TimeUnit.SECONDS);
            // Told as the run began, then after each of the five batches.
            assertEquals(List.of(0, 500, 1000, 1500, 2000, 2500), kept);
            assertEquals(ARTICLES, report.added());
            // Searched on the node left: every shard has its replica there.
            assertEquals(ARTICLES, solr.size());
            assertEquals(1, solr.search("\"dispatch 1234 from the wire\"", 10).total());

            cluster.startNode(2);
            SolrLede.Report again = solr.index(List.of(articles));
            assertEquals(0, again.added() + again.updated());
            assertEquals(ARTICLES, again.unchanged());
            assertEquals(ARTICLES, solr.size());
        }
    }

    /** Distinct wire dispatches, one JSON line each. */
    private static List<String> articles(int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add("{\"title\": \"Harbour report number " + i + "\", \"url\": \"https://wire.example/" + i
                    + "\", \"body\": \"This is dispatch " + i + " from the wire. The harbour master counted " + (i * 7 % 101)
                    + " ships at anchor on the morning of day " + i + ", and the pilots said the tide would turn by noon.\"}");
        }
        return lines;
    }
}
