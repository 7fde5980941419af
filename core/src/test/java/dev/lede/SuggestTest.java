package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Did you mean" from the index's own words and names, and every match of a search, page after page. */
class SuggestTest {
    @TempDir
    Path temp;
    Lede lede;

    @BeforeEach
    void index() throws Exception {
        lede = Lede.builder(temp.resolve("index")).nameFinder(NameFinder.none()).open();
        for (int i = 1; i <= 6; i++) {
            lede.add(Article.of("Chelsea match report " + i, "Jose Mourinho said the team played well; the government"
                    + " announced new funding for football grounds in week " + i + ".", "https://www.bbc.co.uk/sport/" + i)
                    .withPublished(LocalDate.of(2024, 1, i)));
        }
        lede.add(Article.of("Yukos trial", "Mikhail Khodorkovsky, who ran Yukos, went on trial in Moscow.", "https://www.bbc.co.uk/news/1"));
        lede.commit();
    }

    @AfterEach
    void close() throws Exception {
        lede.close();
    }

    @Test
    void aMisspeltNameIsSpeltAsTheIndexHasIt() throws Exception {
        assertEquals(0, lede.search("Mourhino").total());
        assertEquals(Optional.of("Mourinho"), lede.suggest("Mourhino"));
        assertEquals(Optional.of("mourinho"), lede.suggest("mourhino"));
    }

    @Test
    void aMisspeltCommonWordIsShownAsArticlesWriteIt() throws Exception {
        // The index holds the stem "govern"; the suggestion is a word as written.
        assertEquals(Optional.of("government"), lede.suggest("goverment"));
    }

    @Test
    void aWordOfAnArticleOrTwoGivesWayToAFarCommonerOneNearIt() throws Exception {
        for (int i = 0; i < 10; i++) {
            lede.add(Article.of("Budget " + i, "The government set out its budget for year " + i + ".", "https://example.com/budget/" + i));
        }
        lede.add(Article.of("Typing error", "The goverment said so.", "https://example.com/typo"));
        lede.commit();
        assertEquals(1, lede.search("goverment").total());
        assertEquals(Optional.of("government"), lede.suggest("goverment"));
    }

    @Test
    void operatorsFiltersAndQuotesStayAsTyped() throws Exception {
        assertEquals(Optional.of("\"Jose Mourinho\" -Yukos"), lede.suggest("\"Jose Mourhino\" -Yukos"));
        assertEquals(Optional.of("body:Mourinho AND source:bbc.co.uk"), lede.suggest("body:Mourhino AND source:bbc.co.uk"));
        assertEquals(Optional.of("title:Chelsea AND Mourinho"), lede.suggest("title:Chelsea AND Mourhino"));
    }

    @Test
    void noSuggestionForAQueryThatMatchesWell() throws Exception {
        assertEquals(Optional.empty(), lede.suggest("Mourinho football"));
        assertEquals(Optional.empty(), lede.suggest("Khodorkovsky"));
        // Matches well through its other word: nothing to correct.
        assertEquals(Optional.empty(), lede.suggest("Chelsea Mourhino"));
        // Nothing near it in the index.
        assertEquals(Optional.empty(), lede.suggest("zzyzxqw"));
    }

    @Test
    void anUnreadableQueryIsRefusedAsBySearch() {
        assertThrows(InvalidQueryException.class, () -> lede.suggest("\"unclosed"));
    }

    @Test
    void everyMatchIsHandedOverInOrderWhateverItsNumber() throws Exception {
        for (int i = 0; i < 1_200; i++) {
            lede.add(Article.of("Bulk " + i, "Football results for round " + i + ".", "https://example.com/" + i));
        }
        lede.commit();
        List<Hit> hits = new ArrayList<>();
        long count = lede.forEachMatch(Search.of("football"), false, hits::add);
        assertEquals(1_206, count);
        assertEquals(1_206, hits.size());
        assertEquals(1_206, hits.stream().map(Hit::id).distinct().count());
        for (int i = 0; i < hits.size(); i++) {
            assertEquals(i + 1, hits.get(i).rank());
        }
        for (int i = 1; i < hits.size(); i++) {
            assertEquals(true, hits.get(i - 1).score() >= hits.get(i).score(), "best first");
        }
        List<Hit> newest = new ArrayList<>();
        lede.forEachMatch(Search.of("Mourinho").sortedBy(Sort.NEWEST), true, newest::add);
        assertEquals(List.of("Chelsea match report 6", "Chelsea match report 5", "Chelsea match report 4", "Chelsea match report 3",
                "Chelsea match report 2", "Chelsea match report 1"), newest.stream().map(Hit::title).toList());
        assertEquals(true, newest.get(0).snippet().text().contains("Mourinho"));
    }
}
