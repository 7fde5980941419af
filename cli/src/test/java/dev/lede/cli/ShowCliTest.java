package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** {@code lede show ID}, and search hits that name the file an article was indexed from. */
class ShowCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static String index;
    static Path plain;
    static Path lines;

    /** A plain-text file without a link, as the BBC's are, and a JSON Lines file with a link and an author. */
    @BeforeAll
    static void indexFiles() throws Exception {
        plain = work.resolve("bbc/sport/012.txt");
        Files.createDirectories(plain.getParent());
        Files.writeString(plain, "Kilmore Harbour Closes After Storm\n\nThe harbour at Kilmore closed at noon on Tuesday after "
                + "the storm broke two moorings, Mary Doyle of the Kilmore Port Company said.\n\nFerries will run again on Thursday.\n");
        lines = work.resolve("local.jsonl");
        Files.writeString(lines, """
                {"title": "Council Approves Night Buses", "body": "The council approved night buses on Monday.", "url": "https://example.com/2024/06/buses", "date": "2024-06-11", "author": "Jane Roe"}
                {"title": "Library Opens Late", "body": "The central library will open until ten in the evening from July, the council said."}
                """);
        index = work.resolve("index").toString();
        LedeProcess.Run indexed = LedeProcess.run(work, "index", "--index", index, "bbc", "local.jsonl");
        assertEquals(0, indexed.exitCode(), indexed.err());
    }

    private static JsonNode hit(String query) throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "--json", query);
        assertEquals(0, run.exitCode(), run.err());
        return JSON.readTree(run.out()).get("hits").get(0);
    }

    @Test
    void searchNamesTheFileOfAnArticleWithoutALink() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "harbour");
        assertEquals(0, run.exitCode(), run.err());
        String meta = run.out().lines().toList().get(1).strip();
        assertTrue(meta.startsWith(Path.of("bbc", "sport", "012.txt") + " · score "), run.out());
        assertFalse(run.out().contains("unknown source"), run.out());

        JsonNode harbour = hit("harbour");
        assertEquals(plain.toRealPath().toString(), Path.of(harbour.get("path").asText()).toRealPath().toString());
        assertTrue(Path.of(harbour.get("path").asText()).isAbsolute(), harbour.toString());
        assertTrue(harbour.get("line").isNull(), harbour.toString());
        JsonNode library = hit("library");
        assertEquals(2, library.get("line").asInt(), library.toString());
        assertTrue(library.get("path").asText().endsWith("local.jsonl"), library.toString());
    }

    @Test
    void showPrintsTheWholeArticle() throws Exception {
        String id = hit("buses").get("id").asText();
        LedeProcess.Run run = LedeProcess.run(work, "show", "--index", index, id);
        assertEquals(0, run.exitCode(), run.err());
        List<String> out = run.out().lines().toList();
        assertEquals("Council Approves Night Buses", out.get(0));
        assertEquals("example.com · 2024-06-11 · by Jane Roe · id " + id, out.get(1));
        assertTrue(out.contains("Link:          https://example.com/2024/06/buses"), run.out());
        assertTrue(out.contains("File:          local.jsonl:1"), run.out());
        assertTrue(out.contains("The council approved night buses on Monday."), run.out());

        String harbour = hit("harbour").get("id").asText();
        LedeProcess.Run plainText = LedeProcess.run(work, "show", "--index", index, harbour);
        assertEquals(0, plainText.exitCode(), plainText.err());
        assertTrue(plainText.out().contains("File:          " + Path.of("bbc", "sport", "012.txt") + "\n"), plainText.out());
        assertTrue(plainText.out().contains("People:        Mary Doyle"), plainText.out());
        // Both paragraphs, apart.
        assertTrue(plainText.out().contains("Company said.\n\nFerries will run again on Thursday."), plainText.out());
    }

    @Test
    void showJsonIsTheArticleInTheShapeParseUses() throws Exception {
        String id = hit("library").get("id").asText();
        LedeProcess.Run run = LedeProcess.run(work, "show", "--index", index, "--json", id);
        assertEquals(0, run.exitCode(), run.err());
        JsonNode article = JSON.readTree(run.out());
        List<String> keys = new ArrayList<>();
        article.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("path", "line", "id", "title", "link", "source", "published", "author", "names", "body", "copies"), keys);
        assertEquals(id, article.get("id").asText());
        assertEquals(2, article.get("line").asInt());
        assertTrue(article.get("author").isNull() && article.get("published").isNull(), article.toString());
        assertTrue(article.get("body").asText().startsWith("The central library will open"), article.toString());
    }

    @Test
    void anUnknownIdIsOneSentence() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "show", "--index", index, "0123456789abcdef");
        assertEquals(3, run.exitCode());
        assertEquals("", run.out());
        assertEquals("lede: There is no article with id 0123456789abcdef in the index " + index + ".\n", run.err());

        LedeProcess.Run json = LedeProcess.run(work, "show", "--index", index, "--json", "0123456789abcdef");
        assertEquals(3, json.exitCode());
        JsonNode error = JSON.readTree(json.out()).get("error");
        assertEquals(3, error.get("code").asInt());
        assertEquals("There is no article with id 0123456789abcdef in the index " + index + ".", error.get("message").asText());
    }
}
