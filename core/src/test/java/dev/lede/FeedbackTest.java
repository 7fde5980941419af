package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pseudo-relevance feedback: the words of the best matches find an article that tells the same story without the
 * query's words, as real news does ("football hooligans" reported as fans, trouble and banning orders).
 */
class FeedbackTest {
    @TempDir
    static Path directory;
    static Lede lede;

    static final String OTHER_WORDS = "Police make arrests after derby clash";

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
        lede.add(Article.of(OTHER_WORDS,
                "Fans threw bottles outside the stadium and police made arrests; banning orders will follow the violence, "
                        + "officers said, and passports may be surrendered before away fixtures.",
                "https://example.com/sport/derby"));
        // Other stories, so that the words of the three above are rare in the index, as a story's words are.
        String[] desks = {"harvest", "budget", "election", "orchestra", "satellite", "museum", "vaccine", "railway", "bakery",
            "glacier", "festival", "shipyard", "library", "drought", "startup", "opera", "airport", "vineyard", "census",
            "mining", "ferry", "theatre", "telescope", "pension", "forest", "canal", "bridge", "harbour", "prison", "zoo"};
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
    void feedbackFindsTheStoryToldInOtherWords() throws Exception {
        assertFalse(titles("football hooligans", null).contains(OTHER_WORDS));
        List<String> expanded = titles("football hooligans", Feedback.DEFAULT);
        assertTrue(expanded.contains(OTHER_WORDS), expanded.toString());
        assertEquals(3, expanded.size(), "the other desks share no feedback word: " + expanded);
    }

    @Test
    void theQueryAsTypedStillComesFirst() throws Exception {
        List<String> expanded = titles("football hooligans", Feedback.DEFAULT);
        assertEquals(OTHER_WORDS, expanded.get(2), expanded.toString());
    }

    @Test
    void exclusionsAndFiltersStillHold() throws Exception {
        List<String> expanded = titles("football hooligans -passports", Feedback.DEFAULT);
        assertEquals(List.of("Hooligan violence returns to football"), expanded);
        assertFalse(titles("hooligans AND title:football", Feedback.DEFAULT).contains(OTHER_WORDS));
    }

    @Test
    void withoutFeedbackTheSearchIsUnchanged() throws Exception {
        assertEquals(titles("football hooligans", null), lede.search("football hooligans", 10).hits().stream().map(Hit::title).toList());
    }

    @Test
    void settingsOutsideTheirRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Feedback(0, 20, 3));
        assertThrows(IllegalArgumentException.class, () -> new Feedback(5, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> new Feedback(5, 20, 0));
        assertThrows(IllegalArgumentException.class, () -> new Feedback(5, 20, Double.NaN));
    }
}
