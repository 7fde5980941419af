package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lede index, search, names and stats with --solr, as processes, against a real two-node SolrCloud started with
 * bin/solr-local, beside the same commands on a local index of the same corpus.
 */
class SolrCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORPUS = LedeProcess.TESTDATA.resolve("corpus").toString();

    @TempDir
    static Path temp;
    private static Process cluster;
    private static String zookeeper;
    private static LedeProcess.Run firstIndex;
    private static String local;

    @BeforeAll
    static void startClusterAndIndexBoth() throws Exception {
        cluster = new ProcessBuilder("bash", LedeProcess.HOME.resolve("bin/solr-local").toString())
                .redirectError(Path.of("target", "solr-cli-test.log").toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(cluster.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null && !line.equals("ready"); line = out.readLine()) {
            if (line.startsWith("zookeeper ")) {
                zookeeper = line.substring("zookeeper ".length());
            }
        }
        assertTrue(zookeeper != null, "bin/solr-local did not start; see target/solr-cli-test.log");
        local = temp.resolve("local").toString();
        assertEquals(0, LedeProcess.run(temp, "index", "--index", local, CORPUS).exitCode());
        firstIndex = solr("index", CORPUS);
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (cluster != null) {
            cluster.getOutputStream().close(); // bin/solr-local stops when its standard input closes
            if (!cluster.waitFor(60, TimeUnit.SECONDS)) {
                cluster.destroyForcibly();
            }
        }
    }

    /** lede with --solr and --collection news given before the rest. */
    private static LedeProcess.Run solr(String command, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(command, "--solr", zookeeper, "--collection", "news"));
        all.addAll(List.of(args));
        return LedeProcess.run(temp, all.toArray(String[]::new));
    }

    private static List<String> ids(String json) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : JSON.readTree(json).get("hits")) {
            ids.add(hit.get("id").asText());
        }
        return ids;
    }

    @Test
    void indexCreatesTheCollectionAndPrintsTheLocalSummary() throws Exception {
        assertEquals(0, firstIndex.exitCode(), firstIndex.err());
        String articles = JSON.readTree(LedeProcess.run(temp, "stats", "--index", local, "--json").out()).get("articles").asText();
        assertEquals("Indexed " + articles + " articles from 84 files into collection news at " + zookeeper + ": "
                + articles + " added, 0 updated, 0 unchanged, 0 skipped.", firstIndex.out().strip());
        assertTrue(firstIndex.err().contains("Created collection news (2 shards x 2 replicas)"), firstIndex.err());
    }

    @Test
    void indexingAgainAddsNothing() throws Exception {
        LedeProcess.Run again = solr("index", CORPUS);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains(": 0 added, 0 updated, "), again.out());
        assertEquals("", again.err());
    }

    @Test
    void searchFindsTheSameTopTenAsTheLocalIndex() throws Exception {
        LedeProcess.Run there = solr("search", "--json", "ceasefire hostages");
        // SolrCloud shows every near-copy as a hit of its own, as the local index does with --all.
        LedeProcess.Run here = LedeProcess.run(temp, "search", "--index", local, "--all", "--json", "ceasefire hostages");
        assertEquals(0, there.exitCode(), there.err());
        List<String> solrIds = ids(there.out());
        assertEquals(10, solrIds.size());
        // Distributed IDF aside, the sample corpus gives the same ten in the same order.
        assertEquals(ids(here.out()), solrIds);
        LedeProcess.Run text = solr("search", "ceasefire hostages");
        assertTrue(text.out().startsWith(" 1. Qatar Pauses Gaza Mediation"), text.out());
    }

    @Test
    void statsAndNamesCountWhatTheLocalIndexCounts() throws Exception {
        JsonNode there = JSON.readTree(solr("stats", "--json").out());
        JsonNode here = JSON.readTree(LedeProcess.run(temp, "stats", "--index", local, "--json").out());
        for (String field : List.of("articles", "first_published", "last_published", "undated", "sources")) {
            assertEquals(here.get(field), there.get(field), field);
        }
        assertEquals(LedeProcess.run(temp, "names", "--top", "--index", local, "--json").out(), solr("names", "--top", "--json").out());
        assertEquals(LedeProcess.run(temp, "names", "--with", "Benny Gantz", "--index", local).out(),
                solr("names", "--with", "Benny Gantz").out());
    }

    @Test
    void theEnvironmentNamesTheClusterAndCollection() throws Exception {
        LedeProcess.Run run = LedeProcess.run(temp, Map.of("LEDE_SOLR", zookeeper, "LEDE_SOLR_COLLECTION", "news"),
                "stats");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("Index:     collection news at " + zookeeper), run.out());
    }

    @Test
    void aMissingCollectionIsOneSentenceAndExitCodeFour() throws Exception {
        LedeProcess.Run run = LedeProcess.run(temp, "search", "--solr", zookeeper, "--collection", "nope", "ceasefire");
        assertEquals(ExitCode.INDEX_PROBLEM, run.exitCode());
        assertEquals("lede: There is no collection nope on SolrCloud at " + zookeeper + "; create one with: lede index --solr "
                + zookeeper + " --collection nope PATH...", run.err().strip());
    }

    @Test
    void optionsSolrCannotHonourAreRefused() throws Exception {
        for (String option : List.of("--feedback", "--sort=newest", "--offset=10")) {
            LedeProcess.Run run = solr("search", option, "ceasefire");
            assertEquals(ExitCode.USAGE, run.exitCode(), option);
            assertTrue(run.err().contains("is not available on SolrCloud"), run.err());
        }
        LedeProcess.Run semantic = solr("index", "--semantic", CORPUS);
        assertEquals(ExitCode.USAGE, semantic.exitCode());
        assertEquals("lede: --semantic is not available on SolrCloud; leave it out, or search a local index.", semantic.err().strip());
    }
}
