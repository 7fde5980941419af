package dev.lede.internal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Article;
import dev.lede.Hit;
import dev.lede.Search;
import dev.lede.InvalidQueryException;
import dev.lede.Lede;
import dev.lede.Name;
import dev.lede.NameType;
import dev.lede.SearchResults;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches over a few made-up articles whose names are given, so the ranking alone is tested. */
class ArticleSearcherTest {
    private static final List<Name> NAMES = List.of(new Name("Jose Mourinho", NameType.PERSON), new Name("London", NameType.PLACE));
    private static final String LEAD = "The club opened its new training ground in the west of the city on a cold and windy morning. "
            + "Supporters queued from dawn to see the squad arrive, and the car park was full by nine o'clock.\n\n";

    @TempDir
    Path directory;
    Lede lede;

    @BeforeEach
    void index() throws Exception {
        lede = Lede.open(directory.resolve("index"));
        lede.add(article("Training ground opens", LEAD + "Manager Jose Mourinho cut the ribbon, the club said on Monday.", "2005-01-10"));
        lede.add(article("Training ground opened", LEAD + "Manager Jose Mourinho cut the ribbon, the club said on Friday.", "2005-02-14"));
        lede.add(article("Mourinho defiant on form", "Jose Mourinho says his side will win the league. Mourinho said the "
                + "squad was strong. Asked again, Mourinho smiled. Mourinho then left.", "2004-11-02"));
        lede.add(article("Rain stops play", "Rain fell all afternoon in London and the match was abandoned.", "2004-06-30")
                .withNames(List.of(new Name("London", NameType.PLACE))));
    }

    private static Article article(String title, String body, String date) {
        return Article.of(title, body, "https://news.example/" + title.hashCode()).withPublished(LocalDate.parse(date)).withNames(NAMES);
    }

    @AfterEach
    void close() throws Exception {
        lede.close();
    }

    @Test
    void aNameFilterAloneRanksByMentionsThenNewestAndSnippetsThePassageNamingHim() throws Exception {
        for (String query : List.of("person:Mourinho", "person:\"Jose Mourinho\"", "name:Mourinho")) {
            // The two training-ground articles differ by a word: copies, each asked for as a hit of its own here.
            List<Hit> hits = lede.search(Search.of(query).withCopiesGrouped(false)).hits();
            assertEquals(List.of("Mourinho defiant on form", "Training ground opened", "Training ground opens"),
                    hits.stream().map(Hit::title).toList(), query);
            for (Hit hit : hits) {
                assertTrue(hit.snippet().marked("[", "]").matches(".*\\[(Jose )?Mourinho\\].*"), query + ": " + hit.snippet().marked("[", "]"));
            }
        }
    }

    @Test
    void typedNameFiltersTakePhrases() throws Exception {
        assertEquals(3, lede.search("person:\"Jose Mourinho\"").total());
        assertEquals(0, lede.search("place:\"Jose Mourinho\"").total());
        assertEquals(4, lede.search("place:\"London\"").total());
    }

    @Test
    void openDateRangesFindEverythingOnTheirOpenSide() throws Exception {
        assertEquals(4, lede.search("date:[* TO *]").total());
        assertEquals(2, lede.search("date:[2005-01-01 TO *]").total());
        assertEquals(2, lede.search("date:{* TO 2005}").total());
        assertEquals(1, lede.search("date:{2004-06-30 TO 2005}").total());
        assertEquals(1, lede.search("date:{2005-01 TO *]").total());
        assertEquals(0, lede.search("date:{2004 TO 2005}").total());
    }

    @Test
    void aPastedLinkSearchesForItsWords() throws Exception {
        SearchResults results = lede.search("https://www.example.com/sport/rain-stops-play?page=2");
        assertEquals("Rain stops play", results.hits().get(0).title());
    }

    @Test
    void aQueryOfCommonWordsAloneIsRefused() {
        InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> lede.search("the"));
        assertEquals("The query has only common words that lede does not index (the); add a rarer word.", e.getMessage());
    }
}
