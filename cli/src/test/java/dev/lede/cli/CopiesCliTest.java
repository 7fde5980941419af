package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Near-copies on the sample: the Meridian Wire story on the Cairo talks runs on three sites. */
class CopiesCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> CAIRO = Set.of("1371197b436c4dfe", "395e7179a6a76b07", "2e61b9235a42a435");

    @TempDir
    static Path work;
    static String index;

    @BeforeAll
    static void indexTheSample() throws Exception {
        index = work.resolve("index").toString();
        LedeProcess.Run run = LedeProcess.indexSample(work, Path.of(index));
        assertEquals(0, run.exitCode(), run.err());
    }

    private static List<String> ids(String out) {
        List<String> ids = new ArrayList<>();
        for (String line : out.lines().toList()) {
            int at = line.indexOf(" · id ");
            if (at >= 0 && !line.contains("copies:") && !line.contains("copy:")) {
                ids.add(line.substring(at + 6).strip());
            }
        }
        return ids;
    }

    @Test
    void searchShowsEachStoryOnceAndNamesItsCopies() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "--limit", "20", "ceasefire hostages");
        assertEquals(0, run.exitCode(), run.err());
        List<String> cairo = ids(run.out()).stream().filter(CAIRO::contains).toList();
        assertEquals(1, cairo.size(), run.out());
        assertTrue(run.out().contains("+2 copies: "), run.out());
        String copies = run.out().lines().filter(line -> line.contains("+2 copies: ")).findFirst().orElseThrow();
        assertEquals(2, List.of("harbourdaily.com", "eastbridgetimes.com", "meridianwire.com").stream().filter(copies::contains).count(),
                copies);
        assertTrue(run.out().contains("16 articles match \"ceasefire hostages\", shown as 14 stories"), run.out());
        assertTrue(run.out().contains("--all shows each"), run.out());
    }

    @Test
    void allShowsEveryCopyAsAHit() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "--limit", "20", "--all", "ceasefire hostages");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(3, ids(run.out()).stream().filter(CAIRO::contains).count(), run.out());
        assertTrue(!run.out().contains("copies:"), run.out());
        assertTrue(run.out().contains("16 articles match \"ceasefire hostages\"."), run.out());
    }

    @Test
    void jsonListsEachHitsCopiesByIdAndSource() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "--json", "--limit", "20", "ceasefire hostages");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode results = JSON.readTree(run.out());
        assertEquals(16, results.get("total").asInt());
        int shown = 0;
        for (JsonNode hit : results.get("hits")) {
            shown += 1 + hit.get("copies").size();
            if (CAIRO.contains(hit.get("id").asText())) {
                assertEquals(2, hit.get("copies").size(), hit.toString());
                for (JsonNode copy : hit.get("copies")) {
                    assertTrue(CAIRO.contains(copy.get("id").asText()), copy.toString());
                    assertTrue(!copy.get("source").asText().isEmpty(), copy.toString());
                }
            }
        }
        assertEquals(16, shown);
    }

    @Test
    void showListsTheArticlesCopies() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "show", "--index", index, "2e61b9235a42a435");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Copies:        meridianwire.com · id 1371197b436c4dfe"), run.out());
        assertTrue(run.out().contains("eastbridgetimes.com · id 395e7179a6a76b07"), run.out());
        LedeProcess.Run json = LedeProcess.run(work, "show", "--index", index, "--json", "2e61b9235a42a435");
        assertEquals(2, JSON.readTree(json.out()).get("copies").size(), json.out());
        LedeProcess.Run alone = LedeProcess.run(work, "show", "--index", index, "d84842c44604c2ba");
        assertTrue(alone.out().contains("Copies:        (none)"), alone.out());
    }
}
