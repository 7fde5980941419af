package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the commands that read files (parse, names, index) treat text that is not UTF-8, odd JSON and large files. */
class InputsCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NOTICE = "not valid UTF-8; read as Windows-1252";

    @TempDir
    static Path work;
    static Path latin1;
    static Path mixed;
    static Path empty;

    @BeforeAll
    static void writeInputs() throws Exception {
        latin1 = work.resolve("latin1.txt");
        Files.write(latin1, "Cup Final Tickets\n\nTickets for the final in Cardiff cost \u00a345 and sold out.\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        // Ten articles; the third has a Latin-1 pound sign, the others are UTF-8.
        mixed = work.resolve("mixed.jsonl");
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        for (int n = 1; n <= 10; n++) {
            String line = "{\"title\":\"Report " + n + "\",\"body\":\"Report " + n + " costs \u00a3" + n + ".\"}\n";
            lines.writeBytes(line.getBytes(n == 3 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
        }
        Files.write(mixed, lines.toByteArray());
        empty = work.resolve("empty.txt");
        Files.writeString(empty, "");
    }

    private static List<String> errLines(LedeProcess.Run run) {
        return run.err().lines().toList();
    }

    @Test
    void parseKeepsTextThatIsNotUtf8AndSaysSoWithoutCountingItSkipped() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "parse", "--json", latin1.toString(), mixed.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("lede: " + latin1 + ": " + NOTICE, "lede: " + mixed + ":3: " + NOTICE), errLines(run));
        List<String> out = run.out().lines().toList();
        assertEquals(11, out.size(), run.out());
        assertEquals("Tickets for the final in Cardiff cost \u00a345 and sold out.", JSON.readTree(out.get(0)).get("body").asText());
        for (int n = 1; n <= 10; n++) {
            JsonNode article = JSON.readTree(out.get(n));
            assertEquals(n, article.get("line").asInt());
            assertEquals("Report " + n + " costs \u00a3" + n + ".", article.get("body").asText());
        }
    }

    @Test
    void namesPrintsNoticesAsNoticesAndOnlySkippedInputsChangeTheExitCode() throws Exception {
        LedeProcess.Run read = LedeProcess.run(work, "names", latin1.toString());
        assertEquals(0, read.exitCode(), read.err());
        assertEquals(List.of("lede: " + latin1 + ": " + NOTICE), errLines(read));
        assertTrue(read.out().contains("Cardiff"), read.out());

        LedeProcess.Run skipped = LedeProcess.run(work, "names", latin1.toString(), empty.toString());
        assertEquals(3, skipped.exitCode(), skipped.err());
        assertEquals(List.of("lede: " + latin1 + ": " + NOTICE, "lede: skipped " + empty + ": empty file"), errLines(skipped));

        // Several articles in one file get a heading each; one article alone in its file needs none.
        LedeProcess.Run several = LedeProcess.run(work, "names", mixed.toString());
        assertEquals(0, several.exitCode(), several.err());
        for (int n = 1; n <= 10; n++) {
            assertTrue(several.out().contains(mixed + ":" + n + "  Report " + n), several.out());
        }
        assertFalse(read.out().contains(latin1.toString()), read.out());
    }

    @Test
    void indexAddsTextThatIsNotUtf8() throws Exception {
        Path folder = Files.createDirectories(work.resolve("folder"));
        Files.copy(latin1, folder.resolve("latin1.txt"));
        LedeProcess.Run run = LedeProcess.run(work, "index", "--index", work.resolve("latin1-index").toString(), folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(": 1 added, 0 updated, 0 unchanged, 0 skipped."), run.out());
        assertTrue(run.err().contains(folder.resolve("latin1.txt") + ": " + NOTICE), run.err());
        assertFalse(run.err().contains("skipped"), run.err());
    }

    @Test
    void jsonTooDeeplyNestedIsRefusedInPlainWordsWithItsLine() throws Exception {
        Path deep = work.resolve("deep.jsonl");
        Files.writeString(deep, "{\"body\":\"First.\"}\n{\"body\":" + "[".repeat(100_000) + "]".repeat(100_000)
                + "}\n{\"body\":\"Last.\"}\n");
        LedeProcess.Run run = LedeProcess.run(work, "parse", "--json", deep.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertEquals(List.of("lede: skipped " + deep + ":2: JSON nested more than 1,000 levels deep"), errLines(run));
        assertEquals(List.of(1, 3), run.out().lines().map(line -> {
            try {
                return JSON.readTree(line).get("line").asInt();
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
        }).toList());
    }

    @Test
    void parseStreamsAFileSeveralTimesTheHeap() throws Exception {
        Path big = work.resolve("big.jsonl");
        List<String> words = List.of("harbour", "council", "budget", "strike", "flood", "court", "ferry", "museum");
        StringBuilder text = new StringBuilder("Officials in Galway said on Monday that the works had begun.");
        while (text.length() < 120_000) {
            text.append(' ').append(words.get(text.length() % words.size()));
        }
        int articles = 1_000; // about 120 MB, four times the heap
        try (BufferedWriter out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            for (int n = 1; n <= articles; n++) {
                out.write(JSON.writeValueAsString(Map.of("title", "Works report " + n, "body", text.toString(),
                        "url", "https://www.example.com/works/" + n)));
                out.newLine();
            }
        }
        Process process = LedeProcess.start(work, Map.of(), List.of("-Xmx32m"), "parse", "--json", big.toString());
        process.getOutputStream().close();
        int count = 0;
        String last = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                count++;
                last = line;
            }
        }
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), err);
        assertEquals("", err);
        assertEquals(articles, count);
        JsonNode article = JSON.readTree(last);
        assertEquals(articles, article.get("line").asInt());
        assertEquals("Works report " + articles, article.get("title").asText());
    }
}
