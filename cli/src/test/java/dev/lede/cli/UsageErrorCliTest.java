package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad arguments and unusable input files are usage errors (exit 2) in one sentence naming the file; nothing is written. */
class UsageErrorCliTest {
    private static final Path RELEVANCE = LedeProcess.TESTDATA.resolve("relevance");
    private static final String TOPICS = RELEVANCE.resolve("topics.tsv").toString();
    private static final String QRELS = RELEVANCE.resolve("qrels.txt").toString();

    @TempDir
    static Path work;
    static Path index;

    @BeforeAll
    static void indexTheSample() throws Exception {
        index = work.resolve("index");
        assertEquals(0, LedeProcess.indexSample(work, index).exitCode());
    }

    @Test
    void aLimitBelowOneIsRefusedNotAnsweredWithEmptyLists() throws Exception {
        for (String limit : List.of("-3", "0")) {
            assertUsage(LedeProcess.run(work, "names", "--index", index.toString(), "--top", "-n", limit),
                    "-n (--limit) must be 1 or more, not " + limit + ".");
            assertUsage(LedeProcess.run(work, "names", "--index", index.toString(), "--with", "Benny Gantz", "-n", limit),
                    "-n (--limit) must be 1 or more, not " + limit + ".");
        }
    }

    @Test
    void aHugeLimitIsAnsweredOrRefusedNotRunOutOfMemory() throws Exception {
        assertUsage(LedeProcess.run(work, "names", "--index", index.toString(), "--top", "-n", "2000000000"),
                "-n (--limit) must be at most 100,000.");
        Process search = LedeProcess.start(work, java.util.Map.of(), List.of("-Xmx64m"), "search", "--index", index.toString(),
                "-n", "2000000000", "ceasefire");
        search.getOutputStream().close();
        LedeProcess.Run run = LedeProcess.finish(search);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("articles match \"ceasefire\""), run.out());
    }

    @Test
    void anIndexOrSolrCloudGivenWithArticleFilesIsRefusedNotIgnored() throws Exception {
        String seed = LedeProcess.TESTDATA.resolve("seed").resolve("article-gaza-ceasefire.txt").toString();
        String refused = "--index and --solr go with --top or --with; article files and --eval labels are read as they are, "
                + "not looked up in an index.";
        assertUsage(LedeProcess.run(work, "names", "--index", index.toString(), seed), refused);
        assertUsage(LedeProcess.run(work, "names", "--solr", "127.0.0.1:1", "--collection", "news", seed), refused);
        assertUsage(LedeProcess.run(work, "names", "--index", index.toString(), "--eval", LedeProcess.TESTDATA.resolve("names").toString()),
                refused);
    }

    @Test
    void missingTopicsOrQrelsAreUsageErrorsNamingTheFile() throws Exception {
        Path missing = work.resolve("nosuch-topics.tsv");
        assertUsage(LedeProcess.run(work, "eval", "--index", index.toString(), "--topics", missing.toString(), "--qrels", QRELS),
                "The topics file " + missing + " does not exist.");
        assertUsage(LedeProcess.run(work, "eval", "--index", index.toString(), "--topics", TOPICS, "--qrels", missing.toString()),
                "The qrels file " + missing + " does not exist.");
        assertUsage(LedeProcess.run(work, "eval", "--index", index.toString(), "--topics", RELEVANCE.toString(), "--qrels", QRELS),
                "The topics file " + RELEVANCE + " cannot be read: is a directory.");
    }

    @Test
    void unreadableLabelsAreAUsageError(@TempDir Path labels) throws Exception {
        Files.createDirectory(labels.resolve("broken.jsonl"));
        LedeProcess.Run run = LedeProcess.run(work, "names", "--eval", labels.toString());
        assertEquals(2, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("lede: The name labels " + labels + " cannot be read"), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void evalNeverWritesItsRunFileInsideAnIndex() throws Exception {
        Path commit;
        try (Stream<Path> files = Files.list(index)) {
            commit = files.filter(f -> f.getFileName().toString().startsWith("segments_")).findFirst().orElseThrow();
        }
        byte[] before = Files.readAllBytes(commit);
        List<Path> listing = listing(index);

        for (Path run : List.of(commit, index.resolve("ranking.run"))) {
            assertUsage(LedeProcess.run(work, "eval", "--index", index.toString(), "--topics", TOPICS, "--qrels", QRELS,
                    "--run", run.toString()), "The run file " + run + " would be written inside the index " + index
                    + "; choose a file outside it.");
        }
        assertArrayEquals(before, Files.readAllBytes(commit), "the commit file is untouched");
        assertEquals(listing, listing(index), "nothing written into the index");
        assertEquals(0, LedeProcess.run(work, "check", "--index", index.toString()).exitCode());

        Path nowhere = work.resolve("nosuch-dir").resolve("ranking.run");
        assertUsage(LedeProcess.run(work, "eval", "--index", index.toString(), "--topics", TOPICS, "--qrels", QRELS,
                "--run", nowhere.toString()), "The run file " + nowhere + " cannot be written: its directory does not exist.");
        assertFalse(Files.exists(nowhere.getParent()), "no directory made for it");

        Path outside = work.resolve("ranking.run");
        assertEquals(0, LedeProcess.run(work, "eval", "--index", index.toString(), "--topics", TOPICS, "--qrels", QRELS,
                "--run", outside.toString()).exitCode());
        assertTrue(Files.readString(outside).startsWith("1 Q0 "));
    }

    private static List<Path> listing(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            return files.sorted().toList();
        }
    }

    private static void assertUsage(LedeProcess.Run run, String sentence) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals("", run.out());
        assertEquals("lede: " + sentence + "\n", run.err());
    }
}
