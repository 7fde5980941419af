package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pseudo-relevance feedback: the words of the best matches move up the match that tells the same story in other
 * words, above one that only repeats a query word, as real news needs ("football hooligans": the derby report with
 * its arrests and banning orders, above the results round-up). Feedback reorders; it never adds a match.
 */
class FeedbackTest {
    @TempDir
    static Path directory;
    static Lede lede;

    static final String SAME_STORY = "Derby day ends in arrests";
    static final String ONE_WORD = "Football round-up";
    static final String OTHER_WORDS = "Police make arrests after clash";

    @BeforeAll
    static void index() throws Exception {
        lede = Lede.builder(directory.resolve("index")).nameFinder(NameFinder.none()).open();
        lede.add(Article.of("Football hooligans face travel bans",
                "Hooligans who caused trouble at football matches will be handed banning orders, police said. "
                        + "Fans convicted of violence outside stadiums will surrender passports before away fixtures.",
                "https://example.com/sport/bans"));
        lede.add(Article.of("Hooligan violence returns to football",
                "Police reported trouble among fans before kick-off, with bottles thrown outside the stadium. "
                        + "Banning orders and arrests followed, and the clubs condemned the violence.",
                "https://example.com/sport/violence"));
        lede.add(Article.of("Football hooligans banned from grounds",
                "Magistrates handed banning orders to fans after violence and trouble outside the stadium; police "
                        + "said passports would be surrendered and arrests would follow any further disorder.",
                "https://example.com/sport/grounds"));
        lede.add(Article.of(ONE_WORD, "Football results: football scores from the weekend's football, and the table.",
                "https://example.com/sport/results"));
        lede.add(Article.of(SAME_STORY,
                "Police made arrests after fans threw bottles outside the stadium before the football derby; banning orders "
                        + "will follow the violence and trouble, officers said, and passports may be surrendered.",
                "https://example.com/sport/derby"));
        lede.add(Article.of(OTHER_WORDS,
                "Fans threw bottles outside the stadium and police made arrests; banning orders will follow the violence, "
                        + "officers said, and passports may be surrendered before away fixtures.",
                "https://example.com/sport/clash"));
        // Other stories, so that the words of the ones above are rare in the index, as a story's words are.
        String[] desks = {"harvest", "budget", "election", "orchestra", "satellite", "museum", "vaccine", "railway", "bakery",
            "glacier", "festival", "shipyard", "library", "drought", "startup", "opera", "airport", "vineyard", "census",
            "mining", "ferry", "theatre", "telescope", "pension", "forest", "canal", "bridge", "harbour", "prison", "zoo",
            "cathedral", "laboratory", "lighthouse", "monastery", "observatory", "orchard", "quarry", "reservoir", "stadium"};
        for (String desk : desks) {
            lede.add(Article.of("The " + desk + " report", "A report on the " + desk + " was published on Monday by the council.",
                    "https://example.com/news/" + desk));
        }
    }

    @AfterAll
    static void close() throws Exception {
        lede.close();
    }

    private static List<String> titles(String query, Feedback feedback) throws Exception {
        return lede.search(Search.of(query).withFeedback(feedback)).hits().stream().map(Hit::title).toList();
    }

    @Test
    void theSameStoryInOtherWordsMovesAboveARepeatedQueryWord() throws Exception {
        List<String> plain = titles("football hooligans", null);
        assertTrue(plain.indexOf(ONE_WORD) < plain.indexOf(SAME_STORY), plain.toString());
        List<String> reordered = titles("football hooligans", Feedback.DEFAULT);
        assertTrue(reordered.indexOf(SAME_STORY) < reordered.indexOf(ONE_WORD), reordered.toString());
    }

    @Test
    void noMatchIsAddedOrDropped() throws Exception {
        List<String> plain = titles("football hooligans", null);
        List<String> reordered = titles("football hooligans", Feedback.DEFAULT);
        assertNotEquals(plain, reordered);
        assertEquals(plain.stream().sorted().toList(), reordered.stream().sorted().toList());
        assertFalse(reordered.contains(OTHER_WORDS), "an article without the query's words is not a match: " + reordered);
        assertEquals(lede.search(Search.of("football hooligans")).total(),
                lede.search(Search.of("football hooligans").withFeedback(Feedback.DEFAULT)).total());
    }

    @Test
    void matchesBeyondTheDepthKeepTheirOrder() throws Exception {
        List<String> plain = titles("football hooligans", null);
        List<String> reordered = titles("football hooligans", new Feedback(3, 20, 2.5, 3));
        assertEquals(plain.subList(0, 3).stream().sorted().toList(), reordered.subList(0, 3).stream().sorted().toList());
        assertEquals(plain.subList(3, plain.size()), reordered.subList(3, reordered.size()));
    }

    @Test
    void exclusionsAndFiltersStillHold() throws Exception {
        assertEquals(List.of(ONE_WORD, "Hooligan violence returns to football"),
                titles("football hooligans -passports", Feedback.DEFAULT).stream().sorted().toList());
        assertFalse(titles("hooligans AND title:football", Feedback.DEFAULT).contains(SAME_STORY));
    }

    @Test
    void withoutFeedbackTheSearchIsUnchanged() throws Exception {
        assertEquals(titles("football hooligans", null), lede.search("football hooligans", 10).hits().stream().map(Hit::title).toList());
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Feedback(0, 20, 3, 50));
        assertThrows(IllegalArgumentException.class, () -> new Feedback(5, 0, 3, 50));
        assertThrows(IllegalArgumentException.class, () -> new Feedback(5, 20, 0, 50));
        assertThrows(IllegalArgumentException.class, () -> new Feedback(5, 20, Double.NaN, 50));
        assertThrows(IllegalArgumentException.class, () -> new Feedback(5, 20, 3, 0));
    }
}
