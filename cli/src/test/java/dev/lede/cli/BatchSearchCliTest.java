package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede search --batch FILE} and the publication dates of {@code --facets}, on the sample corpus. */
class BatchSearchCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUERIES = "# people and stories to look for\nQuintero\n\n  Kessler bribery  \ntitle:\nNobodyhere\n";

    @TempDir
    static Path work;
    static String index;

    @BeforeAll
    static void indexSample() throws Exception {
        index = work.resolve("index").toString();
        LedeProcess.Run indexed = LedeProcess.indexSample(work, Path.of(index));
        assertEquals(0, indexed.exitCode(), indexed.err());
        Files.writeString(work.resolve("queries.txt"), QUERIES);
    }

    @Test
    void aTextTableOfEveryQueryAndABadLineOnStandardError() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "--batch", "queries.txt");
        assertEquals(3, run.exitCode(), "a query of the list failed: " + run.err());
        assertEquals("lede: queries.txt:5: The query ends too early; add what should follow its last AND, OR, NOT, field name or"
                + " opening bracket.\n", run.err());
        List<String> out = run.out().lines().toList();
        assertTrue(out.get(0).matches("query +matches +rank +id +title +source +date +score +path"), out.get(0));
        // Three hits for each query that matches, by default; one row for the query that matches nothing.
        assertEquals(1 + 3 + 3 + 1, out.size(), run.out());
        assertTrue(out.get(1).matches("Quintero +11 +1 +954f5964494edd49 +Mayor Quintero Testifies That Kessler B… +eastbridgetimes.com +2024-10-01 +\\d+\\.\\d\\d +.*local.jsonl:5"),
                out.get(1));
        assertTrue(out.get(2).matches(" +2 +\\w{16} .*"), "the query and its count only on its first row: " + out.get(2));
        assertTrue(out.get(4).startsWith("Kessler bribery "), out.get(4));
        assertTrue(out.get(7).matches("Nobodyhere +0"), out.get(7));
    }

    @Test
    void csvFromStandardInput() throws Exception {
        Process process = LedeProcess.start(work, Map.of(), List.of(), "search", "--index", index, "--batch", "-", "--format", "csv",
                "--limit", "2");
        try (var in = process.getOutputStream()) {
            in.write("Quintero\nNobodyhere\n".getBytes(StandardCharsets.UTF_8));
        }
        LedeProcess.Run run = LedeProcess.finish(process);
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        List<List<String>> rows = CsvRecords.parse(run.out());
        assertEquals(BatchOutput.COLUMNS, rows.get(0));
        assertEquals(4, rows.size(), run.out());
        assertEquals(List.of("Quintero", "11", "true", "1"), rows.get(1).subList(0, 4));
        assertEquals("954f5964494edd49", rows.get(1).get(5));
        assertEquals(List.of("Quintero", "11", "true", "2"), rows.get(2).subList(0, 4));
        assertEquals(List.of("Nobodyhere", "0", "true", "", ""), rows.get(3).subList(0, 5));
    }

    @Test
    void jsonLinesAreTheTableRows() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "--batch", "queries.txt", "--format", "jsonl", "-n", "1");
        assertEquals(3, run.exitCode(), run.err());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : run.out().strip().split("\n")) {
            rows.add(JSON.readTree(line));
        }
        assertEquals(3, rows.size(), run.out());
        List<String> keys = new ArrayList<>();
        rows.get(0).fieldNames().forEachRemaining(keys::add);
        assertEquals(BatchOutput.COLUMNS, keys);
        assertEquals("Kessler bribery", rows.get(1).get("query").asText());
        assertEquals(5, rows.get(1).get("matches").asInt());
        assertTrue(rows.get(2).get("rank").isNull() && rows.get(2).get("id").isNull(), rows.get(2).toString());
    }

    @Test
    void aMissingListOrAQueryBesideItIsOneSentence() throws Exception {
        LedeProcess.Run missing = LedeProcess.run(work, "search", "--index", index, "--batch", "nope.txt");
        assertEquals(2, missing.exitCode());
        assertEquals("lede: The query list nope.txt does not exist.\n", missing.err());
        LedeProcess.Run both = LedeProcess.run(work, "search", "--index", index, "--batch", "queries.txt", "Gantz");
        assertEquals(2, both.exitCode());
        assertEquals("lede: --batch takes its queries from the file; leave out the query 'Gantz'.\n", both.err());
        LedeProcess.Run json = LedeProcess.run(work, "search", "--index", index, "--batch", "queries.txt", "--json");
        assertEquals(2, json.exitCode());
        LedeProcess.Run none = LedeProcess.run(work, "search", "--index", index);
        assertEquals(2, none.exitCode());
        assertEquals("lede: Give a query, or --batch FILE with one query a line.\n", none.err());
    }

    @Test
    void facetsSayWhenTheMatchesWerePublished() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index, "--facets", "-n", "1", "Halcyon");
        assertEquals(0, run.exitCode(), run.err());
        // Newest first: three dated (JSON Lines), four page-text articles without a date.
        assertTrue(run.out().contains("\n  Published:     2024-04 (2), 2024-02 (1), no date (4)\n"), run.out());

        LedeProcess.Run json = LedeProcess.run(work, "search", "--index", index, "--facets", "--json", "-n", "1", "Halcyon");
        JsonNode published = JSON.readTree(json.out()).get("facets").get("published");
        assertEquals("[{\"period\":\"2024-04\",\"articles\":2},{\"period\":\"2024-02\",\"articles\":1},{\"period\":null,\"articles\":4}]", published.toString());
    }
}
