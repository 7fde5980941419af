package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede search} as a user types it: dashes, phrases in name filters, open dates, refusals. */
class SearchCliTest {
    @TempDir
    static Path work;
    static String index;

    @BeforeAll
    static void indexSample() throws Exception {
        index = work.resolve("index").toString();
        assertEquals(0, LedeProcess.indexSample(work, Path.of(index)).exitCode());
    }

    private static LedeProcess.Run search(String... query) throws Exception {
        String[] args = new String[query.length + 3];
        args[0] = "search";
        args[1] = "--index";
        args[2] = index;
        System.arraycopy(query, 0, args, 3, query.length);
        return LedeProcess.run(work, args);
    }

    private static String summary(LedeProcess.Run run) {
        List<String> lines = run.out().strip().lines().toList();
        return lines.get(lines.size() - 1);
    }

    @Test
    void wordsStartingWithADashAreQueryText() throws Exception {
        LedeProcess.Run quoted = search("ceasefire -Egypt");
        assertEquals(0, quoted.exitCode(), quoted.err());
        for (List<String> args : List.of(List.of("ceasefire", "-Egypt"), List.of("-Egypt", "ceasefire"), List.of("--", "-Egypt", "ceasefire"),
                List.of("ceasefire", "-Egypt", "-n", "10"), List.of("-n", "10", "ceasefire", "-Egypt"))) {
            LedeProcess.Run run = search(args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), args + ": " + run.err());
            assertEquals(quoted.out().replace("\"ceasefire -Egypt\"", ""), run.out().replace("\"" + String.join(" ", args.stream()
                    .filter(a -> !a.equals("--") && !a.equals("-n") && !a.equals("10")).toList()) + "\"", ""), args.toString());
        }
        // A word that only begins like an option (-i, -n) is a word too, not -i raq.
        LedeProcess.Run iraq = search("ceasefire", "-iraq", "-nuclear");
        assertEquals(0, iraq.exitCode(), iraq.err());
        assertTrue(summary(iraq).endsWith("match \"ceasefire -iraq -nuclear\"."), iraq.out());
        LedeProcess.Run mistyped = search("ceasefire", "--frobnicate");
        assertEquals(2, mistyped.exitCode());
        assertTrue(mistyped.err().startsWith("lede: Unknown option: '--frobnicate'"), mistyped.err());
    }

    @Test
    void typedNameFiltersTakePhrases() throws Exception {
        LedeProcess.Run run = search("person:\"Benny Gantz\"");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(" 1. "), run.out());
        assertFalse(run.err().contains("names_"), run.err());
    }

    @Test
    void openDateRangesWork() throws Exception {
        for (String query : List.of("date:[2024-01-01 TO *]", "date:[* TO *]", "date:{* TO 2025}")) {
            LedeProcess.Run run = search(query);
            assertEquals(0, run.exitCode(), query + ": " + run.err());
            assertTrue(run.out().contains(" 1. "), query + ": " + run.out());
        }
    }

    @Test
    void aQueryOfCommonWordsAloneIsRefusedSayingWhy() throws Exception {
        LedeProcess.Run run = search("the");
        assertEquals(2, run.exitCode());
        assertEquals("", run.out());
        assertEquals("lede: The query has only common words that lede does not index (the); add a rarer word.\n", run.err());
    }

    @Test
    void refusalsAreOneLineAndLinksAreSearchedForTheirWords() throws Exception {
        for (String query : List.of("foo\nbar)", "*hostage", "word".repeat(750) + "~2", "x:\n\n" + "y".repeat(500))) {
            LedeProcess.Run run = search(query);
            assertEquals(2, run.exitCode(), query);
            assertEquals(1, run.err().lines().count(), run.err());
            assertFalse(run.err().contains("Query") || run.err().contains("Exception"), run.err());
        }
        LedeProcess.Run link = search("https://www.aljazeera.com/news/2024/ceasefire-hostages");
        assertEquals(0, link.exitCode(), link.err());
        assertTrue(link.out().contains(" 1. "), link.out());
    }

    /** The dates of the hits of a --json search, in order. */
    private static List<String> dates(LedeProcess.Run run) throws Exception {
        List<String> dates = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("hits")
                .forEach(hit -> dates.add(hit.path("published").asText("")));
        return dates;
    }

    private static List<String> ids(LedeProcess.Run run) throws Exception {
        List<String> ids = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out()).get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        return ids;
    }

    @Test
    void sortsByDateAndPages() throws Exception {
        LedeProcess.Run newest = search("--json", "--sort", "newest", "-n", "20", "ceasefire");
        assertEquals(0, newest.exitCode(), newest.err());
        List<String> days = dates(newest).stream().filter(d -> !d.isEmpty()).toList();
        assertTrue(days.size() > 2, newest.out());
        assertEquals(days.stream().sorted(java.util.Comparator.reverseOrder()).toList(), days);
        LedeProcess.Run oldest = search("--json", "--sort", "oldest", "-n", "20", "ceasefire");
        List<String> up = dates(oldest).stream().filter(d -> !d.isEmpty()).toList();
        assertEquals(up.stream().sorted().toList(), up);

        LedeProcess.Run first = search("--json", "-n", "6", "ceasefire");
        LedeProcess.Run second = search("--json", "-n", "3", "--offset", "3", "ceasefire");
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(ids(first).subList(3, 6), ids(second));
        LedeProcess.Run text = search("-n", "3", "--offset", "3", "ceasefire");
        assertTrue(text.out().contains(" 4. "), text.out());
        // With copies on the page, its hits are stories, and the summary counts the articles they stand for.
        assertTrue(summary(text).startsWith("Showing 4-6 of ") || summary(text).startsWith("Showing stories 4-6 ("), summary(text));

        LedeProcess.Run badSort = search("--sort", "date", "ceasefire");
        assertEquals(2, badSort.exitCode());
        assertEquals("lede: --sort must be relevance, newest or oldest, not 'date'.\n", badSort.err());
        LedeProcess.Run badOffset = search("--offset", "-1", "ceasefire");
        assertEquals(2, badOffset.exitCode());
        assertEquals("lede: --offset must be 0 or more.\n", badOffset.err());
    }

    /** --feedback scores the best matches again by their best articles' words: the same matches, and eval ranks that way too. */
    @Test
    void feedbackReordersTheSearchAndTheEvaluation() throws Exception {
        LedeProcess.Run plain = search("--json", "Rockall trawler");
        LedeProcess.Run reordered = search("--json", "--feedback", "Rockall trawler");
        assertEquals(0, reordered.exitCode(), reordered.err());
        assertEquals(total(plain.out()), total(reordered.out()), "feedback adds no match");
        assertNotEquals(plain.out(), reordered.out(), "feedback scores the matches again");
        Path relevance = LedeProcess.TESTDATA.resolve("relevance");
        List<String> eval = List.of("eval", "--index", index, "--json", "--topics", relevance.resolve("topics.tsv").toString(),
                "--qrels", relevance.resolve("qrels.txt").toString());
        LedeProcess.Run scored = LedeProcess.run(work, eval.toArray(String[]::new));
        LedeProcess.Run withFeedback = LedeProcess.run(work, java.util.stream.Stream.concat(eval.stream(), java.util.stream.Stream.of("--feedback"))
                .toArray(String[]::new));
        assertEquals(0, withFeedback.exitCode(), withFeedback.err());
        assertFalse(scored.out().equals(withFeedback.out()), "eval --feedback ranks as eval does");
    }

    private static long total(String json) {
        java.util.regex.Matcher total = java.util.regex.Pattern.compile("\"total\":(\\d+)").matcher(json);
        assertTrue(total.find(), json);
        return Long.parseLong(total.group(1));
    }
}
