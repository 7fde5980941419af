package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede similar ID} and {@code lede eval --similar} on the sample corpus. */
class SimilarCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Three outlets' reports of the February talks in Cairo. */
    private static final String CAIRO = "1371197b436c4dfe";
    private static final Set<String> CAIRO_OTHERS = Set.of("395e7179a6a76b07", "2e61b9235a42a435");

    @TempDir
    static Path work;
    static String index;

    @BeforeAll
    static void indexSample() throws Exception {
        index = work.resolve("index").toString();
        LedeProcess.Run indexed = LedeProcess.indexSample(work, Path.of(index));
        assertEquals(0, indexed.exitCode(), indexed.err());
    }

    @Test
    void similarListsRelatedReportsButNotTheArticlesCopies() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "similar", "--index", index, "--limit", "3", CAIRO);
        assertEquals(0, run.exitCode(), run.err());
        List<String> out = run.out().lines().toList();
        assertEquals("Articles like Mediators Push Fresh Round of Gaza Truce and Hostage Talks in Cairo (id " + CAIRO + "):", out.get(0));
        List<String> ids = out.stream().filter(line -> line.contains(" · id ")).map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
        assertEquals(3, ids.size(), run.out());
        // The other two reports of the talks are the same wire story: copies, left out.
        assertTrue(ids.stream().noneMatch(CAIRO_OTHERS::contains), run.out());
        assertTrue(out.getLast().matches("Showing 3 of \\d+ articles that share its telling words\\."), out.getLast());
    }

    @Test
    void similarJsonHasTheHitsOfASearch() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "similar", "--index", index, "--json", "-n", "2", CAIRO);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode document = JSON.readTree(run.out());
        List<String> keys = new ArrayList<>();
        document.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("id", "title", "total", "total_exact", "hits"), keys);
        assertEquals(CAIRO, document.get("id").asText());
        assertEquals(2, document.get("hits").size());
        Set<String> found = Set.of(document.get("hits").get(0).get("id").asText(), document.get("hits").get(1).get("id").asText());
        assertTrue(found.stream().noneMatch(CAIRO_OTHERS::contains), found.toString());
        JsonNode first = document.get("hits").get(0);
        assertEquals(1, first.get("rank").asInt());
        assertTrue(first.get("snippet").asText().contains("**"), first.toString());
        assertTrue(first.get("path").asText().endsWith("world.jsonl"), first.toString());
    }

    @Test
    void anUnknownIdIsTheSentenceShowGives() throws Exception {
        LedeProcess.Run similar = LedeProcess.run(work, "similar", "--index", index, "0123456789abcdef");
        LedeProcess.Run show = LedeProcess.run(work, "show", "--index", index, "0123456789abcdef");
        assertEquals(3, similar.exitCode());
        assertEquals(show.exitCode(), similar.exitCode());
        assertEquals(show.err(), similar.err());
        assertEquals("lede: There is no article with id 0123456789abcdef in the index " + index + ".\n", similar.err());
        assertEquals("", similar.out());
    }

    @Test
    void evalSimilarScoresTheLabelledStories() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "eval", "--index", index, "--similar", LedeProcess.TESTDATA.resolve("stories.tsv").toString());
        assertEquals(0, run.exitCode(), run.err());
        // The Cairo talks' three reports are copies of one wire story: none has anything left to expect.
        assertFalse(run.out().contains("gaza-cairo-talks"), run.out());
        String last = run.out().lines().toList().getLast();
        assertTrue(last.matches("all +142  0\\.9\\d\\d  0\\.9\\d\\d   mean of 142 articles in 48 stories"), last);

        LedeProcess.Run both = LedeProcess.run(work, "eval", "--index", index, "--similar", "x.tsv", "--topics", "t.tsv");
        assertEquals(2, both.exitCode());
        assertEquals("lede: --similar scores similar articles alone; leave out --topics, --qrels, --run and --feedback.\n", both.err());
    }
}
