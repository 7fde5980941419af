package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scorer of the HTML evaluation on texts small enough to count by hand. */
class ShingleScoreTest {
    @Test
    void theSameTextScoresOneWhateverItsSpacingAndPunctuation() {
        ShingleScore score = ShingleScore.of("One two three four five.", "One two,\n\nthree four   five");
        assertEquals(new ShingleScore(2, 2, 2), score);
        assertEquals(1.0, score.f1());
    }

    @Test
    void extraTextCostsPrecisionAndMissingTextCostsRecall() {
        // Truth: a b c d e f -> 3 shingles. Extracted: a b c d e x y -> 4 shingles, 2 of them true.
        ShingleScore score = ShingleScore.of("a b c d e f", "a b c d e x y");
        assertEquals(new ShingleScore(2, 4, 3), score);
        assertEquals(0.5, score.precision());
        assertEquals(2.0 / 3, score.recall(), 1e-12);
        assertEquals(2 * 0.5 * (2.0 / 3) / (0.5 + 2.0 / 3), score.f1(), 1e-12);
    }

    @Test
    void aRepeatedShingleCountsAsOftenAsTheTruthHasIt() {
        ShingleScore score = ShingleScore.of("w x y z", "w x y z w x y z");
        assertEquals(1, score.truePositives());
        assertEquals(5, score.extracted());
    }

    @Test
    void shortAndEmptyTexts() {
        assertEquals(new ShingleScore(1, 1, 1), ShingleScore.of("Hello world", "hello world".replace('h', 'H')));
        assertEquals(0.0, ShingleScore.of("Some true text here", "").recall());
        assertEquals(0.0, ShingleScore.of("Some true text here", "").precision());
        assertEquals(1.0, ShingleScore.of("", "").f1());
        assertEquals(0.0, ShingleScore.of("", "Only noise was found here").precision());
    }

    @Test
    void wordsAreUnicodeLettersAndDigits() {
        assertEquals(java.util.List.of("Māori", "tribes", "2019", "über"), ShingleScore.words("Māori tribes — 2019: über!"));
    }

    @Test
    void theHalvesAreFixedByName() {
        assertEquals(HtmlEval.isTuningPage("bbc-1"), HtmlEval.isTuningPage("bbc-1"));
        long tuning = java.util.stream.IntStream.range(0, 1000).filter(i -> HtmlEval.isTuningPage("page-" + i)).count();
        assertTrue(tuning > 400 && tuning < 600, "tuning pages " + tuning);
    }

    @Test
    void aFolderOfPagesIsScoredAgainstItsExpectedText(@TempDir Path root) throws Exception {
        Path page = Files.createDirectories(root.resolve("pages/one"));
        Files.writeString(page.resolve("source.html"), "<html><head><title>Harbour reopens</title></head><body>"
                + "<nav><a href=/>Home</a></nav><article><h1>Harbour reopens</h1>"
                + "<p>The harbour reopened on Monday after the storm, the port authority said.</p>"
                + "<p>Ferries will run to the usual timetable from Tuesday morning.</p></article></body></html>");
        Files.writeString(page.resolve("expected.html"), "<div><p>The harbour reopened on Monday after the storm, the port"
                + " authority said.</p><p>Ferries will run to the usual timetable from Tuesday morning.</p></div>");
        Files.writeString(page.resolve("expected-metadata.json"), "{\"title\": \"Harbour reopens\", \"publishedTime\": null,"
                + " \"byline\": \"By Jane Doe\"}");
        Files.writeString(page.resolve("source.html"), Files.readString(page.resolve("source.html"))
                .replace("<head>", "<head><meta name=\"author\" content=\"Jane Doe\">"));
        var results = HtmlEval.readability(root, null);
        assertEquals(1, results.size());
        assertEquals(1.0, results.get(0).score().f1());
        assertEquals(Boolean.TRUE, results.get(0).title());
        assertEquals(null, results.get(0).date());
        assertEquals(Boolean.TRUE, results.get(0).author(), "a leading \"By\" aside");
        assertFalse(results.get(0).millis() < 0);
    }

    @Test
    void snippetsAreCountedAsTrafilaturasEvaluationDoes(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("pages"));
        Files.writeString(root.resolve("pages/a.html"), "<html><body><article><p>Die Stadt baut eine neue Brücke über"
                + " den Fluss.</p><p>Sie soll 2027 fertig sein.</p></article><footer><p>Impressum</p></footer></body></html>");
        Files.writeString(root.resolve("evaldata.json"), "{\"https://example.org/a\": {\"file\": \"a.html\","
                + " \"with\": [\"neue Brücke über den Fluss\", \"nicht im Text\"], \"without\": [\"Impressum\"]}}");
        var results = HtmlEval.trafilatura(root, null);
        assertEquals(1, results.size());
        var page = results.get(0);
        assertEquals(1, page.truePositives());
        assertEquals(1, page.falseNegatives());
        assertEquals(0, page.falsePositives());
        assertEquals(1, page.trueNegatives());
    }
}
