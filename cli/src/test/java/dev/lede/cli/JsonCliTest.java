package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's {@code --json}, parsed: one shape per concept, every key present, errors as documents. */
class JsonCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FACET_KEYS = List.of("articles", "person", "organization", "place", "source", "published");

    @TempDir
    static Path work;
    static String index;

    @BeforeAll
    static void indexTheSample() throws Exception {
        index = work.resolve("index").toString();
        assertEquals(0, LedeProcess.indexSample(work, Path.of(index)).exitCode());
    }

    @Test
    void searchHasEveryKeyAndFacetsAreNullUnlessAsked() throws Exception {
        JsonNode plain = document("search", "--index", index, "--json", "--limit", "2", "ceasefire");
        assertKeys(plain, "query", "total", "total_exact", "hits", "facets", "suggestion");
        assertTrue(plain.get("total_exact").isBoolean(), "total_exact is there when the count is exact too");
        assertTrue(plain.get("facets").isNull());
        assertEquals(2, plain.get("hits").size());
        for (JsonNode hit : plain.get("hits")) {
            assertKeys(hit, "rank", "score", "id", "title", "source", "link", "path", "line", "published", "author", "snippet", "names", "copies");
            for (JsonNode name : hit.get("names")) {
                assertKeys(name, "name", "type");
            }
        }

        JsonNode withFacets = document("search", "--index", index, "--json", "--facets", "Gantz");
        assertFacets(withFacets.get("facets"));
    }

    @Test
    void namesOfFilesAreOneObjectPerArticleWithItsPath(@TempDir Path dir) throws Exception {
        Path first = Files.writeString(dir.resolve("first.txt"), "Harbour Talks\n\nAntony Blinken met Benny Gantz in Jerusalem.\n");
        Path second = Files.writeString(dir.resolve("second.txt"), "Port Strike\n\nDockers in Rotterdam walked out on Monday.\n");
        for (List<Path> files : List.of(List.of(first), List.of(first, second))) {
            List<String> args = new ArrayList<>(List.of("names", "--json"));
            files.forEach(file -> args.add(file.toString()));
            List<JsonNode> lines = lines(args.toArray(String[]::new));
            assertEquals(files.size(), lines.size(), "one object per article, however many files");
            for (int i = 0; i < files.size(); i++) {
                JsonNode article = lines.get(i);
                assertKeys(article, "path", "line", "id", "title", "names");
                assertEquals(files.get(i).toString(), article.get("path").asText());
                assertTrue(article.get("line").isNull(), "a text file has no line numbers");
                for (JsonNode name : article.get("names")) {
                    assertKeys(name, "name", "type", "mentions", "aliases", "positions");
                }
            }
        }
        assertTrue(lines("names", "--json", first.toString()).get(0).get("names").toString().contains("\"name\":\"Benny Gantz\""));
    }

    @Test
    void namesFromTheIndexAreFacetCountsLikeSearchFacets() throws Exception {
        assertFacets(document("names", "--index", index, "--top", "--json"));
        assertFacets(document("names", "--index", index, "--with", "Benny Gantz", "--json"));
        JsonNode places = document("names", "--index", index, "--top", "--type", "place", "--json");
        assertKeys(places, FACET_KEYS.toArray(String[]::new));
        assertTrue(places.get("person").isNull() && places.get("organization").isNull(), "types left out are null");
        assertTrue(places.get("place").size() > 0 && places.get("source").size() > 0);
    }

    @Test
    void nameEvaluation() throws Exception {
        JsonNode scores = document("names", "--eval", LedeProcess.TESTDATA.resolve("names").toString(), "--json");
        assertKeys(scores, "labels", "articles", "person", "organization", "place", "overall");
        assertKeys(scores.get("overall"), "precision", "recall", "f1", "found", "wrong", "missed");
    }

    @Test
    void parseHasALineKeyForEveryFormat(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("a.txt"), "Harbour Talks\n\nOfficials met on Monday.\n");
        Path lines = Files.writeString(dir.resolve("b.jsonl"), "{\"title\":\"Port Strike\",\"body\":\"Dockers walked out.\"}\n");
        List<JsonNode> parsed = lines("parse", "--json", text.toString(), lines.toString());
        assertEquals(2, parsed.size());
        for (JsonNode article : parsed) {
            assertKeys(article, "path", "line", "id", "title", "link", "source", "published", "author", "names", "body");
        }
        assertTrue(parsed.get(0).get("line").isNull());
        assertEquals(1, parsed.get(1).get("line").asInt());
    }

    @Test
    void statsListsSourcesAsCounts() throws Exception {
        JsonNode stats = document("stats", "--index", index, "--json");
        assertKeys(stats, "index", "articles", "bytes", "first_published", "last_published", "undated", "sources", "vectors");
        assertTrue(stats.get("vectors").isNull(), "an index without vectors");
        assertTrue(stats.get("sources").isArray() && stats.get("sources").size() > 0, stats.toString());
        for (JsonNode source : stats.get("sources")) {
            assertKeys(source, "name", "articles");
        }
    }

    @Test
    void checkAndEval() throws Exception {
        JsonNode check = document("check", "--index", index, "--json");
        assertKeys(check, "index", "sound", "problems");
        assertTrue(check.get("sound").asBoolean());

        Path relevance = LedeProcess.TESTDATA.resolve("relevance");
        JsonNode eval = document("eval", "--index", index, "--json", "--topics", relevance.resolve("topics.tsv").toString(),
                "--qrels", relevance.resolve("qrels.txt").toString());
        assertKeys(eval, "index", "topics", "mean", "run", "tag");
        assertKeys(eval.get("topics").get(0), "id", "query", "lede", "baseline");
        assertKeys(eval.get("mean"), "topics", "lede", "baseline");
        assertKeys(eval.get("mean").get("lede"), "ndcg10", "map", "p10", "recall100");
        assertTrue(eval.get("run").isNull());
    }

    @Test
    void failuresWithJsonAreErrorDocumentsOnStandardOutput() throws Exception {
        assertError(2, "search", "--index", index, "--json", "title:(");
        assertError(2, "search", "--index", index, "--json", "--limit", "many", "ceasefire");
        assertError(2, "names", "--index", index, "--json", "--top", "--limit", "0");
        assertError(2, "names", "--json", "--type", "animal", LedeProcess.TESTDATA.resolve("seed").toString());
        assertError(2, "stats", "--index", index, "--json", "--no-such-option");
        assertError(4, "stats", "--index", work.resolve("nosuch").toString(), "--json");
        assertError(4, "check", "--index", work.resolve("nosuch").toString(), "--json");
        assertError(2, "eval", "--index", index, "--json", "--topics", work.resolve("nosuch.tsv").toString(), "--qrels",
                work.resolve("nosuch.txt").toString());
    }

    /** The error document on standard output, the same sentence on standard error, and the exit code. */
    private static void assertError(int code, String... args) throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, args);
        assertEquals(code, run.exitCode(), run.err());
        JsonNode document = JSON.readTree(run.out());
        assertEquals(1, run.out().strip().lines().count(), run.out());
        assertKeys(document, "error");
        assertKeys(document.get("error"), "message", "code");
        assertEquals(code, document.get("error").get("code").asInt());
        String message = document.get("error").get("message").asText();
        assertTrue(!message.isBlank() && !message.contains("\n"), message);
        assertTrue(run.err().startsWith("lede: " + message + "\n"), run.err());
    }

    @Test
    void theAuthorIsShownByParseAndStoredWithTheArticle(@TempDir Path dir) throws Exception {
        String paragraph = "<p>Dockers in Rotterdam walked out on Monday, and the port said ships would wait at anchor"
                + " until the talks, which begin on Thursday, are over.</p>";
        Path page = Files.writeString(dir.resolve("page.html"), "<html><head><title>Port strike</title>"
                + "<meta name=\"author\" content=\"Jane Doe\"></head><body><article>" + paragraph.repeat(5)
                + "</article></body></html>");
        LedeProcess.Run text = LedeProcess.run(work, "parse", page.toString());
        assertTrue(text.out().contains("  author: Jane Doe\n"), text.out());
        assertEquals("Jane Doe", lines("parse", "--json", page.toString()).get(0).get("author").asText());
        assertTrue(lines("parse", "--json", LedeProcess.TESTDATA.resolve("corpus").resolve("business.jsonl").toString()).get(0).get("author").isNull(),
                "no author is null");

        Path input = Files.writeString(dir.resolve("a.jsonl"), "{\"title\":\"Port strike\",\"body\":\"Dockers in Rotterdam"
                + " walked out.\",\"author\":[\"Jane Doe\",\"John Roe\"]}\n");
        String own = dir.resolve("index").toString();
        assertEquals(0, LedeProcess.run(work, "index", "--index", own, input.toString()).exitCode());
        JsonNode hit = document("search", "--index", own, "--json", "dockers").get("hits").get(0);
        assertEquals("Jane Doe, John Roe", hit.get("author").asText());
    }

    private static JsonNode document(String... args) throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, args);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.out().strip().lines().count(), "one document on one line: " + run.out());
        return JSON.readTree(run.out());
    }

    private static List<JsonNode> lines(String... args) throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, args);
        assertEquals(0, run.exitCode(), run.err());
        List<JsonNode> out = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static void assertFacets(JsonNode facets) {
        assertKeys(facets, FACET_KEYS.toArray(String[]::new));
        assertTrue(facets.get("articles").asInt() > 0, facets.toString());
        for (String key : FACET_KEYS.subList(1, FACET_KEYS.size())) {
            assertTrue(facets.get(key).isArray(), key + " in " + facets);
            for (JsonNode count : facets.get(key)) {
                assertKeys(count, key.equals("published") ? "period" : "name", "articles");
            }
        }
    }

    private static void assertKeys(JsonNode node, String... keys) {
        List<String> found = new ArrayList<>();
        node.fieldNames().forEachRemaining(found::add);
        assertEquals(List.of(keys), found, node.toString());
    }
}
