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

/** {@code lede search --format csv|jsonl} writes every match; a query that matches nothing gets a spelling to try. */
class ExportSuggestCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ARTICLES = 120;

    @TempDir
    static Path work;
    static String sample;
    static String tricky;
    static Path corpus;

    @BeforeAll
    static void index() throws Exception {
        sample = work.resolve("sample").toString();
        assertEquals(0, LedeProcess.indexSample(work, Path.of(sample)).exitCode());
        // More articles than a page of the export, with titles a CSV writer must quote.
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String title = switch (i % 3) {
                case 0 -> "Budget, taxes and \"reform\" " + i;
                case 1 -> "Budget vote " + i + "\nsecond line";
                default -> "Budget \"\"quoted\"\", " + i;
            };
            lines.add(JSON.writeValueAsString(java.util.Map.of("title", title, "body", "The budget debate went on, day " + i + ".",
                    "url", "https://example.com/budget/" + i)));
        }
        corpus = Files.write(work.resolve("budget.jsonl"), lines);
        tricky = work.resolve("tricky").toString();
        LedeProcess.Run indexed = LedeProcess.run(work, "index", "--index", tricky, corpus.toString());
        assertEquals(0, indexed.exitCode(), indexed.err());
    }

    @Test
    void csvHoldsEveryMatchQuotedAsASpreadsheetReadsIt() throws Exception {
        LedeProcess.Run csv = LedeProcess.run(work, "search", "--index", tricky, "--format", "csv", "budget");
        assertEquals(0, csv.exitCode(), csv.err());
        List<List<String>> records = CsvRecords.parse(csv.out());
        assertEquals(ExportOutput.COLUMNS, records.get(0));
        assertEquals(ARTICLES, records.size() - 1);
        LedeProcess.Run jsonl = LedeProcess.run(work, "search", "--index", tricky, "--format", "jsonl", "budget");
        assertEquals(0, jsonl.exitCode(), jsonl.err());
        List<String> objects = jsonl.out().lines().toList();
        assertEquals(ARTICLES, objects.size());
        for (int i = 0; i < ARTICLES; i++) {
            JsonNode hit = JSON.readTree(objects.get(i));
            List<String> row = records.get(i + 1);
            assertEquals(i + 1, hit.get("rank").asInt());
            assertEquals(String.valueOf(i + 1), row.get(0));
            assertEquals(hit.get("id").asText(), row.get(2));
            assertEquals(hit.get("title").asText(), row.get(3), "the title as the index holds it");
            assertEquals(hit.get("link").asText(), row.get(5));
            assertEquals(corpus.toAbsolutePath().normalize().toString(), row.get(6), "the file each match was indexed from");
            assertEquals(hit.get("line").asText(), row.get(7));
            assertTrue(hit.get("snippet").isNull(), "no snippet unless asked for");
        }
        assertTrue(records.stream().anyMatch(r -> r.get(3).contains(",") && r.get(3).contains("\"")), "titles with commas and quotes");
    }

    @Test
    void theRowsAreAsManyAsTheMatchesAndSnippetsComeWhenAsked() throws Exception {
        LedeProcess.Run json = LedeProcess.run(work, "search", "--index", sample, "--json", "ceasefire");
        long total = JSON.readTree(json.out()).get("total").asLong();
        assertTrue(total > 1);
        LedeProcess.Run csv = LedeProcess.run(work, "search", "--index", sample, "--format", "CSV", "--snippets", "--sort", "newest", "ceasefire");
        assertEquals(0, csv.exitCode(), csv.err());
        List<List<String>> records = CsvRecords.parse(csv.out());
        assertEquals(total, records.size() - 1);
        assertTrue(records.get(1).get(ExportOutput.COLUMNS.indexOf("snippet")).toLowerCase(java.util.Locale.ROOT).contains("ceasefire"), records.get(1).toString());
    }

    @Test
    void formatAndJsonTogetherAreRefusedInOneSentence() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", sample, "--format", "csv", "--facets", "ceasefire");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("lede: --format writes the matches alone; leave out --facets.", run.err().strip());
        // With --json, errors are JSON documents, as for every other refusal.
        LedeProcess.Run json = LedeProcess.run(work, "search", "--index", sample, "--format", "csv", "--json", "ceasefire");
        assertEquals(2, json.exitCode());
        assertEquals("--format writes the matches alone; leave out --json.", JSON.readTree(json.out()).get("error").get("message").asText());
        LedeProcess.Run unknown = LedeProcess.run(work, "search", "--index", sample, "--format", "xlsx", "ceasefire");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("csv or jsonl"), unknown.err());
    }

    @Test
    void aMisspeltNameGetsTheSpellingTheIndexKnows() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "search", "--index", sample, "Netanyaho");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("No articles match \"Netanyaho\". Did you mean: Netanyahu?", run.out().strip());
        LedeProcess.Run json = LedeProcess.run(work, "search", "--index", sample, "--json", "Netanyaho");
        assertEquals("Netanyahu", JSON.readTree(json.out()).get("suggestion").asText());
        LedeProcess.Run found = LedeProcess.run(work, "search", "--index", sample, "--json", "Netanyahu");
        assertTrue(JSON.readTree(found.out()).get("suggestion").isNull());
        assertTrue(!LedeProcess.run(work, "search", "--index", sample, "Netanyahu").out().contains("Did you mean"));
    }
}
