package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Lede#similar}: the rest of a story first, on the sample's labelled stories. */
class SimilarTest {
    /** The Cairo talks of February, told by three outlets (two of them near-copies of one wire story). */
    private static final String CAIRO_TALKS = "1371197b436c4dfe";

    @TempDir
    static Path directory;
    static SimilarityScores scores;

    @BeforeAll
    static void evaluate() throws Exception {
        try (Lede lede = Lede.open(directory.resolve("index"))) {
            lede.index(TestData.sample(), IndexListener.NONE);
            scores = lede.evaluateSimilar(TestData.root().resolve("stories.tsv"));
        }
    }

    /** The floors are the figures reached (P@k 0.991, MAP 0.995), rounded down: a change that loses them fails here. */
    @Test
    void theRestOfEachStoryRanksFirst() {
        // 148 articles in stories, less the 6 of two stories made only of one wire text's copies: nothing left to expect.
        assertEquals(142, scores.articles());
        assertTrue(scores.precision() >= 0.98, "P@k " + scores.precision());
        assertTrue(scores.averagePrecision() >= 0.99, "MAP " + scores.averagePrecision());
        assertTrue(scores.stories().stream().noneMatch(s -> s.label().equals("gaza-cairo-talks")));
    }

    @Test
    void similarLeavesOutTheArticleAndItsCopies() throws Exception {
        Path index = directory.resolve("copies");
        try (Lede lede = Lede.open(index)) {
            lede.index(TestData.sample(), IndexListener.NONE);
            Article cairo = lede.get(CAIRO_TALKS).orElseThrow();
            // The same text republished by another site, under its own headline: an exact copy, left out.
            lede.add(Article.of("Talks in Cairo", cairo.body(), "https://copies.example.com/cairo"));
            SearchResults similar = lede.similar(CAIRO_TALKS, 5).orElseThrow();
            assertEquals(CAIRO_TALKS, similar.query());
            assertEquals(5, similar.hits().size());
            List<String> ids = similar.hits().stream().map(Hit::id).toList();
            assertFalse(ids.contains(CAIRO_TALKS), ids.toString());
            assertTrue(similar.hits().stream().noneMatch(hit -> hit.source().equals("copies.example.com")), ids.toString());
            // The other two reports of the talks are the wire story's near-copies: left out too.
            assertFalse(ids.contains("395e7179a6a76b07") || ids.contains("2e61b9235a42a435"), ids.toString());
            assertEquals(1, similar.hits().get(0).rank());
            assertFalse(similar.hits().get(0).snippet().highlights().isEmpty(), "a snippet marks the words it shares");
            assertTrue(similar.total() >= 5);
        }
    }

    @Test
    void nearCopiesOfOneAnotherAreOneHitWithItsCopiesNamed() throws Exception {
        try (Lede lede = Lede.open(directory.resolve("index"))) {
            // Qatar pausing its mediation: the three reports of the Cairo talks, one wire story, come first, as one hit.
            SearchResults similar = lede.similar("d93a4ac1a92902c5", 5).orElseThrow();
            assertEquals(5, similar.hits().size());
            Hit first = similar.hits().get(0);
            List<String> story = new ArrayList<>(List.of(first.id()));
            first.copies().forEach(copy -> story.add(copy.id()));
            assertEquals(Set.of(CAIRO_TALKS, "395e7179a6a76b07", "2e61b9235a42a435"), Set.copyOf(story));
            for (Copy copy : first.copies()) {
                assertFalse(copy.title().isEmpty());
                assertFalse(copy.source().isEmpty());
            }
            List<String> shown = similar.hits().stream().map(Hit::id).toList();
            for (Hit hit : similar.hits()) {
                assertTrue(hit.copies().stream().noneMatch(copy -> shown.contains(copy.id())), "a copy is not a hit as well");
            }
            assertEquals(List.of(1, 2, 3, 4, 5), similar.hits().stream().map(Hit::rank).toList());
        }
    }

    @Test
    void anUnknownIdHasNoSimilarArticles() throws Exception {
        try (Lede lede = Lede.open(directory.resolve("index"))) {
            assertTrue(lede.similar("0123456789abcdef", 5).isEmpty());
        }
        try (Lede empty = Lede.open(directory.resolve("none"))) {
            assertTrue(empty.similar("0123456789abcdef", 5).isEmpty());
        }
    }

    @Test
    void labelsTheIndexDoesNotHoldAreOneSentence() throws Exception {
        Path labels = directory.resolve("labels.tsv");
        Files.writeString(labels, "0123456789abcdef\tstory\n" + CAIRO_TALKS + "\tstory\n");
        Path bad = directory.resolve("bad.tsv");
        Files.writeString(bad, "# comment\n" + CAIRO_TALKS + " story\n");
        try (Lede lede = Lede.open(directory.resolve("index"))) {
            LedeException missing = assertThrows(LedeException.class, () -> lede.evaluateSimilar(labels));
            assertEquals("The story labels name the article 0123456789abcdef, which the index does not hold; index the labelled"
                    + " articles first.", missing.getMessage());
            LedeException malformed = assertThrows(LedeException.class, () -> lede.evaluateSimilar(bad));
            assertEquals(bad + ":2: a story line is \"article-id<TAB>story\".", malformed.getMessage());
        }
    }
}
