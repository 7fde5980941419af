package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lede program, run as a real process against a real index. */
class CliTest {
    private static final String SEED_TITLE = "Blinken Engages with Israeli Opposition Figures in Effort to Secure Gaza Ceasefire";

    @TempDir
    static Path work;
    static String index;

    @BeforeAll
    static void indexTheSample() throws Exception {
        index = work.resolve("news-index").toString();
        LedeProcess.Run run = LedeProcess.indexSample(work, Path.of(index));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "no warnings or noise");
        assertTrue(run.out().matches("(?s)Indexed \\d+ articles from \\d+ files into .*: \\d+ added, 0 updated, 0 unchanged, 0 skipped\\.\\n"),
                run.out());
    }

    @Test
    void searchPrintsRankedHitsWithSnippets() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "ceasefire hostages");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String[] lines = run.out().split("\n");
        assertTrue(lines[0].startsWith(" 1. "), run.out());
        int seedAt = run.out().indexOf(SEED_TITLE);
        assertTrue(seedAt >= 0 && seedAt < run.out().indexOf(" 7. "), "seed in the top six:\n" + run.out());
        assertTrue(run.out().contains("aljazeera.com · score "), run.out());
        assertFalse(run.out().contains("\u001B["), "no colour codes when piped");
        assertTrue(run.out().contains("articles that match \"ceasefire hostages\""), run.out());
        assertTrue(run.out().strip().endsWith("--all shows each as a hit."), "copies folded into their stories:\n" + run.out());
    }

    @Test
    void jsonOutputIsOneDocumentWithHitsAndNames() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "--json", "--limit", "6", "ceasefire", "hostages");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("ceasefire hostages", json.get("query").asText());
        assertTrue(json.get("total").asInt() >= 6);
        JsonNode hits = json.get("hits");
        assertEquals(6, hits.size());
        boolean seedFound = false;
        for (int i = 0; i < hits.size(); i++) {
            JsonNode hit = hits.get(i);
            assertEquals(i + 1, hit.get("rank").asInt());
            for (String field : List.of("score", "id", "title", "source", "snippet", "names")) {
                assertTrue(hit.has(field), field);
            }
            assertTrue(hit.get("snippet").asText().contains("**"), "matched words are marked");
            if (hit.get("title").asText().equals(SEED_TITLE)) {
                seedFound = true;
                assertEquals("aljazeera.com", hit.get("source").asText());
                assertTrue(hit.get("names").toString().contains("{\"name\":\"Benny Gantz\",\"type\":\"person\"}")
                        || hit.get("names").toString().contains("{\"type\":\"person\",\"name\":\"Benny Gantz\"}"), hit.get("names").toString());
            }
        }
        assertTrue(seedFound, run.out());
    }

    @Test
    void noMatchIsStillSuccess() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "zyxwvutsrq");
        assertEquals(0, run.exitCode());
        assertEquals("No articles match \"zyxwvutsrq\".\n", run.out());
    }

    @Test
    void aBadQueryGetsOneLineAndExitCodeTwo() throws Exception {
        for (String query : List.of("ceasefire AND", "\"unclosed", "nosuchfield:x")) {
            LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, query);
            assertEquals(2, run.exitCode(), query);
            assertEquals("", run.out());
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertTrue(run.err().startsWith("lede: "), run.err());
            assertFalse(run.err().contains("Exception"), run.err());
        }
    }

    @Test
    void unknownOptionIsAUsageError() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--frobnicate", "x");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith("lede: Unknown option: '--frobnicate'"), run.err());
    }

    @Test
    void everyCommandHasHelp() throws Exception {
        for (List<String> args : List.of(List.of("--help"), List.of("index", "--help"), List.of("search", "--help"))) {
            LedeProcess.Run run = LedeProcess.run(work, args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), args.toString());
            assertTrue(run.out().startsWith("Usage: lede"), run.out());
        }
    }

    @Test
    void aMissingIndexIsNamedWithExitCodeFour() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", work.resolve("nowhere").toString(), "gaza");
        assertEquals(4, run.exitCode());
        assertTrue(run.err().startsWith("lede: There is no index at "), run.err());
    }

    @Test
    void indexFromTheEnvironmentVariable() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, Map.of("LEDE_INDEX", index), "search", "source:aljazeera.com");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(SEED_TITLE));
    }

    @Test
    void badFilesAreSkippedWithReasonsAndTheRestIsIndexed(@TempDir Path inputs) throws Exception {
        Files.writeString(inputs.resolve("good.txt"), "Harbour Closes\n\nThe harbour closed at noon.\n\nLink from www.example.com\n");
        Files.writeString(inputs.resolve("empty.txt"), "");
        Files.writeString(inputs.resolve("news.jsonl"), "{\"title\":\"A\",\"body\":\"Text.\"}\n{\"title\":\n");
        Files.write(inputs.resolve("binary.txt"), new byte[] {0, 1, 2, 3, 0});
        String target = inputs.resolve("index").toString();
        LedeProcess.Run run = LedeProcess.run(inputs, "index", "--index", target, inputs.toString(), inputs.resolve("missing.txt").toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.out().contains(": 2 added, 0 updated, 0 unchanged, 4 skipped."), run.out());
        assertTrue(run.err().contains("empty.txt: empty file"), run.err());
        assertTrue(run.err().contains("news.jsonl:2: not valid JSON"), run.err());
        assertTrue(run.err().contains("binary.txt: binary data, not text"), run.err());
        assertTrue(run.err().contains("missing.txt: no such file or directory"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        LedeProcess.Run again = LedeProcess.run(inputs, "index", "--index", target, inputs.resolve("good.txt").toString());
        assertEquals(0, again.exitCode());
        assertTrue(again.out().contains(": 0 added, 0 updated, 1 unchanged, 0 skipped."), again.out());
    }

    @Test
    void withNoIndexTheSampleIsIndexedFirst(@TempDir Path fresh) throws Exception {
        LedeProcess.Run run = LedeProcess.run(fresh, "search", "ceasefire hostages");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("No index at lede-index yet; building one from the sample corpus in testdata/ first.\n", run.err());
        int seedAt = run.out().indexOf(SEED_TITLE);
        assertTrue(seedAt >= 0 && seedAt < run.out().indexOf(" 7. "), run.out());
        assertTrue(Files.isDirectory(fresh.resolve("lede-index")));

        LedeProcess.Run second = LedeProcess.run(fresh, "search", "ceasefire hostages");
        assertEquals("", second.err(), "built once");
    }
}
