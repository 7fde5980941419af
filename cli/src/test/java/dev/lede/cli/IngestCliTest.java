package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest of every format, bad input, and the index under concurrent use and crashes: all through real processes. */
class IngestCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BULK_ARTICLES = 20_000;

    @TempDir
    static Path work;
    static Path bulk;

    /** A JSON Lines file of distinct articles, large enough for several commits of 5,000. */
    @BeforeAll
    static void writeBulkFile() throws Exception {
        bulk = work.resolve("bulk.jsonl");
        List<String> words = List.of("harbour", "council", "budget", "strike", "flood", "court", "ferry", "museum", "rates",
                "election", "drought", "festival", "hospital", "bridge", "school", "market");
        try (BufferedWriter out = Files.newBufferedWriter(bulk, StandardCharsets.UTF_8)) {
            for (int i = 0; i < BULK_ARTICLES; i++) {
                StringBuilder body = new StringBuilder("Officials in Galway said on Monday that report " + i + " was published.");
                for (int j = 0; j < 60; j++) {
                    body.append(' ').append(words.get((i * 7 + j * 3) % words.size()));
                }
                out.write(JSON.writeValueAsString(Map.of("title", "Report " + i + " on the " + words.get(i % words.size()),
                        "body", body.toString(), "url", "https://www.example.com/reports/" + i, "date", "2024-03-01")));
                out.newLine();
            }
        }
    }

    private static int articles(Path index) throws Exception {
        LedeProcess.Run stats = LedeProcess.run(work, "stats", "--json", "--index", index.toString());
        assertEquals(0, stats.exitCode(), stats.err());
        return JSON.readTree(stats.out()).get("articles").asInt();
    }

    @Test
    void aFolderOfGoodAndBadFilesIndexesEveryGoodArticleOnceAndNamesEveryBadOne() throws Exception {
        String index = work.resolve("ingest-index").toString();
        String folder = LedeProcess.TESTDATA.resolve("ingest").toString();
        LedeProcess.Run run = LedeProcess.run(work, "index", "--index", index, folder);
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.out().contains(": 6 added, 0 updated, 0 unchanged, 9 skipped."), run.out());
        for (String expected : List.of("bad/empty.txt: empty file", "bad/image.txt: binary data, not text",
                "bad/latin1.txt: not valid UTF-8; read as Windows-1252", "bad/menu-only.html: no article text",
                "bad/mixed.jsonl:2: not valid JSON: ", "bad/mixed.jsonl:3: field body holds an object, not text",
                "bad/mixed.jsonl:4: not a JSON object", "bad/mixed.jsonl:5: no article text",
                "bad/mixed.jsonl:6: date \"last Tuesday\" is not an ISO date", "bad/truncated.jsonl.gz: compressed data is truncated or corrupt")) {
            assertTrue(run.err().contains(expected), expected + " in:\n" + run.err());
        }
        assertEquals(10, run.err().lines().count(), "one line per bad input or notice:\n" + run.err());
        assertFalse(run.err().contains("Exception"), run.err());

        LedeProcess.Run again = LedeProcess.run(work, "index", "--index", index, folder);
        assertTrue(again.out().contains(": 0 added, 0 updated, 6 unchanged, 9 skipped."), again.out());
        assertEquals(6, articles(Path.of(index)));

        LedeProcess.Run html = LedeProcess.run(work, "search", "--index", index, "--json", "ferry strike");
        JsonNode hit = JSON.readTree(html.out()).get("hits").get(0);
        assertEquals("Ferry Strike Strands Island Commuters", hit.get("title").asText());
        assertEquals("2024-05-21", hit.get("published").asText());
        assertEquals("harbourdaily.com", hit.get("source").asText());
    }

    @Test
    void parseShowsWhatIsReadWithPathAndLine() throws Exception {
        LedeProcess.Run run = LedeProcess.run(work, "parse", "--json",
                LedeProcess.TESTDATA.resolve("ingest/good/briefs.jsonl.gz").toString(),
                LedeProcess.TESTDATA.resolve("ingest/good/ferry-strike.html").toString());
        assertEquals(0, run.exitCode(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size());
        JsonNode second = JSON.readTree(lines.get(1));
        assertEquals(2, second.get("line").asInt());
        assertEquals("Harbour Seals Counted in Record Numbers", second.get("title").asText());
        assertEquals("2024-08-19", second.get("published").asText());
        JsonNode page = JSON.readTree(lines.get(2));
        assertTrue(page.get("line").isNull(), "a page has no line number");
        String body = page.get("body").asText();
        assertTrue(body.startsWith("Hundreds of commuters were stranded"), body);
        for (String chrome : List.of("cookies", "Share on", "Related", "newsletter", "rights reserved", "Home", "By Orla")) {
            assertFalse(body.contains(chrome), "page furniture in the body: " + chrome);
        }
        assertEquals(4, body.split("\n\n").length);
    }

    @Test
    void standardInputIsReadWithAGivenFormat() throws Exception {
        Path index = work.resolve("stdin-index");
        Process process = LedeProcess.start(work, Map.of(), List.of(), "index", "--index", index.toString(), "--format", "jsonl", "-");
        try (var in = process.getOutputStream()) {
            in.write("{\"title\":\"Piped\",\"body\":\"An article from a pipe.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        LedeProcess.Run run = LedeProcess.finish(process);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(": 1 added,"), run.out());
    }

    @Test
    void aSecondWriterIsToldWhoHoldsTheLockAndSearchesStillWork() throws Exception {
        Path index = work.resolve("locked-index");
        LedeProcess.Run first = LedeProcess.run(work, "index", "--index", index.toString(),
                LedeProcess.TESTDATA.resolve("seed").toString());
        assertEquals(0, first.exitCode(), first.err());
        Process writer = LedeProcess.start(work, Map.of(), List.of(), "index", "--index", index.toString(), "--format", "jsonl", "-");
        BufferedWriter in = new BufferedWriter(new OutputStreamWriter(writer.getOutputStream(), StandardCharsets.UTF_8));
        in.write("{\"title\":\"Held\",\"body\":\"The writer keeps its lock while its input is open.\"}\n");
        in.flush();
        try {
            // The writer holds the lock once it writes its first article's files (segment _1).
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!hasFile(index, "_1") && System.nanoTime() < deadline) {
                assertTrue(writer.isAlive(), "the first writer stopped early");
                Thread.sleep(20);
            }
            LedeProcess.Run second = LedeProcess.run(work, "index", "--index", index.toString(),
                    LedeProcess.TESTDATA.resolve("ingest/good/ferry-strike.html").toString());
            assertEquals(4, second.exitCode(), second.out() + second.err());
            assertEquals(1, second.err().lines().count(), second.err());
            assertTrue(second.err().contains("is being written by another process"), second.err());
            assertTrue(second.err().contains("write.lock"), second.err());

            LedeProcess.Run search = LedeProcess.run(work, "search", "--index", index.toString(), "Blinken");
            assertEquals(0, search.exitCode(), search.err());
            assertTrue(search.out().contains("Blinken Engages"), "sees the last commit: " + search.out());
        } finally {
            in.close();
        }
        assertEquals(0, LedeProcess.finish(writer).exitCode());
    }

    @Test
    void killedMidRunTheIndexKeepsItsCommitsAndARerunCompletesIt() throws Exception {
        Path index = work.resolve("killed-index");
        Process process = startBulkIndex(index);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!hasCommit(index) && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(20);
        }
        assertTrue(process.isAlive(), "still indexing when killed");
        process.destroyForcibly(); // SIGKILL
        process.waitFor();

        int kept = articles(index);
        assertTrue(kept > 0 && kept < BULK_ARTICLES, "kept " + kept);
        LedeProcess.Run check = LedeProcess.run(work, "check", "--index", index.toString());
        assertEquals(0, check.exitCode(), check.out() + check.err());

        LedeProcess.Run rerun = LedeProcess.run(work, "index", "--index", index.toString(), bulk.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertEquals(BULK_ARTICLES, articles(index), "complete and without duplicates");
    }

    @Test
    void indexingALargeFileNeedsLittleHeap() throws Exception {
        Path index = work.resolve("small-heap-index");
        // A few articles first, so that every new id is looked up in the index and its view is open from the start.
        assertEquals(0, LedeProcess.run(work, "index", "--index", index.toString(), LedeProcess.TESTDATA.resolve("ingest/good").toString()).exitCode());
        int before = articles(index);
        // New versions of the first 200 (same links), read in the same run after this small heap has made lede
        // forget the fingerprints of its first writes: each must replace its article, not add a second one.
        Path repeats = work.resolve("repeats.jsonl");
        Files.write(repeats, Files.readAllLines(bulk).subList(0, 200).stream().map(line -> line.replace(" was published.", " was revised."))
                .toList());
        Process process = LedeProcess.start(work, Map.of(), List.of("-Xmx48m"), "index", "--index", index.toString(),
                bulk.toString(), repeats.toString());
        process.getOutputStream().close();
        LedeProcess.Run run = LedeProcess.finish(process);
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(": " + BULK_ARTICLES + " added, 200 updated, 0 unchanged, 0 skipped."), run.out());
        assertEquals(before + BULK_ARTICLES, articles(index));
    }

    @Test
    void removeDeletesAndStatsAndCheckDescribeTheIndex() throws Exception {
        Path index = work.resolve("small-index");
        LedeProcess.run(work, "index", "--index", index.toString(), LedeProcess.TESTDATA.resolve("ingest/good").toString());
        JsonNode hits = JSON.readTree(LedeProcess.run(work, "search", "--index", index.toString(), "--json", "seals").out()).get("hits");
        String id = hits.get(0).get("id").asText();
        LedeProcess.Run removed = LedeProcess.run(work, "remove", "--index", index.toString(), id);
        assertEquals(0, removed.exitCode(), removed.err());
        assertEquals(3, articles(index));
        assertEquals(3, LedeProcess.run(work, "remove", "--index", index.toString(), id).exitCode(), "already gone");

        LedeProcess.Run stats = LedeProcess.run(work, "stats", "--index", index.toString());
        assertTrue(stats.out().contains("Articles:  3"), stats.out());
        assertTrue(stats.out().contains("Published: 2024-05-21 to 2024-10-02 (1 undated)"), stats.out());
        LedeProcess.Run check = LedeProcess.run(work, "check", "--index", index.toString());
        assertEquals("The index " + index + " is sound.\n", check.out());
    }

    @Test
    void aForeignOrDamagedDirectoryIsRefused() throws Exception {
        Path foreign = Files.createDirectories(work.resolve("photos"));
        Files.writeString(foreign.resolve("holiday.jpg"), "not an index");
        LedeProcess.Run run = LedeProcess.run(work, "index", "--index", foreign.toString(),
                LedeProcess.TESTDATA.resolve("seed").toString());
        assertEquals(4, run.exitCode());
        assertEquals("lede: " + foreign + " holds other files and is not a lede index; choose another directory.\n", run.err());

        Path damaged = work.resolve("damaged-index");
        LedeProcess.run(work, "index", "--index", damaged.toString(), LedeProcess.TESTDATA.resolve("seed").toString());
        try (var files = Files.list(damaged)) {
            // The field list: opening the index reads it whole and checks its checksum.
            Path data = files.filter(f -> f.toString().endsWith(".fnm")).findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(data);
            for (int i = bytes.length / 2; i < bytes.length / 2 + 10; i++) {
                bytes[i] ^= 0x5a;
            }
            Files.write(data, bytes);
        }
        LedeProcess.Run search = LedeProcess.run(work, "search", "--index", damaged.toString(), "gaza");
        assertEquals(4, search.exitCode());
        assertTrue(search.err().startsWith("lede: The index " + damaged + " is damaged"), search.err());
        LedeProcess.Run check = LedeProcess.run(work, "check", "--index", damaged.toString());
        assertEquals(4, check.exitCode());
        assertTrue(check.err().contains("is damaged"), check.err());
    }

    @Test
    void hostileQueriesRunBoundedOrAreRefusedInOneLine() throws Exception {
        Path index = work.resolve("hostile-index");
        LedeProcess.run(work, "index", "--index", index.toString(), LedeProcess.TESTDATA.resolve("corpus").toString());
        String manyWords = "gaza ".repeat(3000);
        String deep = "(".repeat(5000) + "gaza" + ")".repeat(5000);
        String manyClauses = String.join(" OR ", java.util.Collections.nCopies(1500, "word"));
        for (String query : List.of("*ing", "?aza", "a*", "/.*/", "gaza~2", "\"gaza ceasefire\"~100", manyWords, deep,
                manyClauses, "((((((((((((((((((((((gaza))))))))))))))))))))))", "title:", "AND OR NOT", "\\")) {
            LedeProcess.Run run = LedeProcess.run(work, "search", "--index", index.toString(), query);
            String shown = query.length() > 40 ? query.substring(0, 40) + "..." : query;
            assertTrue(run.exitCode() == 0 || run.exitCode() == 2, shown + ": exit " + run.exitCode() + " " + run.err());
            if (run.exitCode() == 2) {
                assertEquals(1, run.err().lines().count(), shown + ": " + run.err());
            }
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), shown + ": " + run.err());
        }
    }

    /** A commit with articles in it: lede's first commit, made as it creates the index, is empty. */
    private static boolean hasCommit(Path index) throws Exception {
        if (!Files.isDirectory(index)) {
            return false;
        }
        try (var files = Files.list(index)) {
            return files.map(f -> f.getFileName().toString()).anyMatch(name -> name.startsWith("segments_") && !name.equals("segments_1"));
        }
    }

    /** Indexing the bulk file, committing every 5,000 articles. */
    private static Process startBulkIndex(Path index) throws Exception {
        Process process = LedeProcess.start(work, Map.of(), List.of(), "index", "--commit-every", "5000", "--index", index.toString(),
                bulk.toString());
        process.getOutputStream().close();
        return process;
    }

    private static void waitFor(Process process, java.util.concurrent.Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!condition.call() && System.nanoTime() < deadline && process.isAlive()) {
            Thread.sleep(10);
        }
        assertTrue(process.isAlive(), "still indexing");
    }

    @Test
    void aFirstRunKilledBeforeItsFirstCommitIsFinishedByRunningItAgain() throws Exception {
        Path index = work.resolve("first-killed-index");
        Process process = startBulkIndex(index);
        // Lucene writes the first segment's stored fields as articles come, long before the first commit.
        waitFor(process, () -> hasFile(index, "_0."));
        process.destroyForcibly();
        process.waitFor();

        LedeProcess.Run stats = LedeProcess.run(work, "stats", "--index", index.toString());
        assertEquals(0, stats.exitCode(), "an index, if empty: " + stats.err());
        LedeProcess.Run rerun = LedeProcess.run(work, "index", "--index", index.toString(), bulk.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertEquals(BULK_ARTICLES, articles(index));
    }

    @Test
    void aSecondWriterDuringAFirstRunIsToldTheIndexIsBeingWritten() throws Exception {
        Path index = work.resolve("first-locked-index");
        Process writer = LedeProcess.start(work, Map.of(), List.of(), "index", "--index", index.toString(), "--format", "jsonl", "-");
        BufferedWriter in = new BufferedWriter(new OutputStreamWriter(writer.getOutputStream(), StandardCharsets.UTF_8));
        in.write("{\"title\":\"Held\",\"body\":\"The writer keeps its lock while its input is open.\"}\n");
        in.flush();
        try {
            waitFor(writer, () -> hasFile(index, "write.lock"));
            LedeProcess.Run second = LedeProcess.run(work, "index", "--index", index.toString(),
                    LedeProcess.TESTDATA.resolve("ingest/good/ferry-strike.html").toString());
            assertEquals(4, second.exitCode(), second.out() + second.err());
            assertTrue(second.err().contains("is being written by another process"), second.err());
        } finally {
            in.close();
        }
        assertEquals(0, LedeProcess.finish(writer).exitCode());
    }

    @Test
    void interruptedItSaysWhatIsKeptAndARerunFinishes() throws Exception {
        Path index = work.resolve("interrupted-index");
        Process process = startBulkIndex(index);
        waitFor(process, () -> hasCommit(index));
        Process interrupt = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
        assertEquals(0, interrupt.waitFor());
        LedeProcess.Run run = LedeProcess.finish(process);
        assertEquals(1, run.err().lines().count(), run.err());
        var said = java.util.regex.Pattern.compile("lede: stopped; " + java.util.regex.Pattern.quote(index.toString())
                + " keeps the (\\d+) articles committed so far\\. Run the same command again to finish\\.\n").matcher(run.err());
        assertTrue(said.matches(), run.err());
        int kept = Integer.parseInt(said.group(1));
        assertTrue(kept > 0 && articles(index) >= kept, kept + " said, " + articles(index) + " kept");

        LedeProcess.Run rerun = LedeProcess.run(work, "index", "--index", index.toString(), bulk.toString());
        assertEquals(0, rerun.exitCode(), rerun.err());
        assertEquals(BULK_ARTICLES, articles(index));
    }

    @Test
    void readingCommandsAndRefusedInputsCreateNoIndex() throws Exception {
        Path missing = work.resolve("nosuch");
        for (String[] command : List.of(new String[] {"search", "gaza"}, new String[] {"stats"}, new String[] {"names", "--top"},
                new String[] {"check"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("--index", missing.toString()));
            LedeProcess.Run run = LedeProcess.run(work, args.toArray(String[]::new));
            assertEquals(4, run.exitCode(), args + ": " + run.err());
            assertTrue(run.err().contains("There is no index at " + missing), run.err());
            assertFalse(Files.exists(missing), args + " left a directory behind");
        }
        Path fifo = work.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        LedeProcess.Run run = LedeProcess.run(work, "index", "--index", missing.toString(), fifo.toString());
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("not a regular file or directory"), run.err());
        assertFalse(Files.exists(missing), "refused input left an index directory behind");
    }

    @Test
    void theSummaryCountsCopiesAndFilesOfOtherTypes() throws Exception {
        Path folder = Files.createDirectories(work.resolve("desk"));
        String kilroy = "Kilroy launches 'Veritas' party\n\n";
        Files.writeString(folder.resolve("111.txt"), kilroy + "Robert Kilroy-Silk has launched his own party.\n");
        Files.writeString(folder.resolve("293.txt"), kilroy + "The new party was launched in London on Wednesday.\n");
        Files.writeString(folder.resolve("300.txt"), kilroy + "Robert Kilroy-Silk has launched his own party.\n");
        for (String other : List.of("sheet.xlsx", "photo.jpg", "plan.md", "README.TXT")) {
            Files.writeString(folder.resolve(other), "Not an article\n\nA file beside them.\n");
        }
        Path index = work.resolve("desk-index");
        LedeProcess.Run run = LedeProcess.run(work, "index", "--index", index.toString(), folder.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(List.of("Indexed 3 articles from 3 files into " + index + ": 2 added, 0 updated, 0 unchanged, 1 exact copy, 0 skipped.",
                "1 input was a copy of an earlier one (the same text, white space aside), stored once: " + folder.resolve("300.txt") + ".",
                "4 files of other types not read: 1 .jpg, 1 .md, 1 .xlsx, 1 README."), run.out().lines().toList());
        LedeProcess.Run again = LedeProcess.run(work, "index", "--index", index.toString(), folder.toString());
        assertTrue(again.out().startsWith("Indexed 3 articles from 3 files into " + index + ": 0 added, 0 updated, 2 unchanged, 1 exact copy, 0 skipped."),
                again.out());
    }

    private static boolean hasFile(Path index, String prefix) throws Exception {
        if (!Files.isDirectory(index)) {
            return false;
        }
        try (var files = Files.list(index)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith(prefix));
        }
    }
}
