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

    /**
     * The hits' ids in order, each run of equal scores by id: the local index orders articles that score alike as it
     * indexed them, SolrCloud by id.
     */
    private static List<String> ids(String json) throws Exception {
        return hits(json).stream().map(hit -> hit.get("id").asText()).toList();
    }

    private static List<JsonNode> hits(String json) throws Exception {
        List<JsonNode> hits = new ArrayList<>();
        JSON.readTree(json).get("hits").forEach(hits::add);
        for (int from = 0; from < hits.size(); ) {
            int to = from + 1;
            while (to < hits.size() && hits.get(to).get("score").floatValue() == hits.get(from).get("score").floatValue()) {
                to++;
            }
            hits.subList(from, to).sort(java.util.Comparator.comparing(hit -> hit.get("id").asText()));
            from = to;
        }
        return hits;
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

    private static List<String> days(String json) throws Exception {
        List<String> days = new ArrayList<>();
        JSON.readTree(json).get("hits").forEach(hit -> days.add(hit.get("published").asText()));
        return days;
    }

    /** Each hit's copies, by id, in the hits' order. */
    private static List<String> copies(String json) throws Exception {
        List<String> copies = new ArrayList<>();
        for (JsonNode hit : hits(json)) {
            List<String> of = new ArrayList<>();
            for (JsonNode copy : hit.get("copies")) {
                of.add(copy.get("id").asText());
            }
            copies.add(hit.get("id").asText() + " " + of);
        }
        return copies;
    }

    @Test
    void searchFindsTheSameTopTenAsTheLocalIndex() throws Exception {
        for (String all : List.of("--all", "--sort=relevance")) {
            LedeProcess.Run there = solr("search", "--json", all, "ceasefire hostages");
            LedeProcess.Run here = LedeProcess.run(temp, "search", "--index", local, all, "--json", "ceasefire hostages");
            assertEquals(0, there.exitCode(), there.err());
            List<String> solrIds = ids(there.out());
            assertEquals(10, solrIds.size());
            // Distributed IDF aside, the sample corpus gives the same ten in the same order, with copies folded
            // into one hit (the default) or every copy a hit (--all).
            assertEquals(ids(here.out()), solrIds, all);
            assertEquals(copies(here.out()), copies(there.out()), all);
        }
        LedeProcess.Run text = solr("search", "ceasefire hostages");
        String first = JSON.readTree(solr("search", "--json", "ceasefire hostages").out()).get("hits").get(0).get("title").asText();
        assertTrue(text.out().startsWith(" 1. " + first + "\n"), text.out());
        assertTrue(text.out().contains(" copies: "), text.out());
    }

    @Test
    void searchSortsAndPagesAsTheLocalIndexDoes() throws Exception {
        for (List<String> options : List.of(List.of("--sort=newest", "--limit=5"), List.of("--sort=oldest", "--limit=5"),
                List.of("--offset=10", "--limit=10"), List.of("--offset=3", "--limit=4", "--all"))) {
            List<String> args = new ArrayList<>(options);
            args.addAll(List.of("--json", "ceasefire"));
            LedeProcess.Run there = solr("search", args.toArray(String[]::new));
            List<String> localArgs = new ArrayList<>(List.of("search", "--index", local));
            localArgs.addAll(args);
            LedeProcess.Run here = LedeProcess.run(temp, localArgs.toArray(String[]::new));
            assertEquals(0, there.exitCode(), there.err());
            if (options.get(0).startsWith("--sort")) {
                // By date: the same days in the same order; articles of one day may change places.
                assertEquals(days(here.out()), days(there.out()), options.toString());
                assertEquals(new java.util.TreeSet<>(ids(here.out())), new java.util.TreeSet<>(ids(there.out())), options.toString());
            } else {
                assertEquals(ids(here.out()), ids(there.out()), options.toString());
            }
        }
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
        for (String option : List.of("--feedback", "--format=csv")) {
            LedeProcess.Run run = solr("search", option, "ceasefire");
            assertEquals(ExitCode.USAGE, run.exitCode(), option);
            assertTrue(run.err().contains("is not available on SolrCloud"), run.err());
        }
        LedeProcess.Run semantic = solr("index", "--semantic", CORPUS);
        assertEquals(ExitCode.USAGE, semantic.exitCode());
        assertEquals("lede: --semantic is not available on SolrCloud; leave it out, or search a local index.", semantic.err().strip());
    }
}
