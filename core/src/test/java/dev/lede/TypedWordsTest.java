package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Words of real news that analysis used to break: {@code AT&T} was the stop word "at" and the letter "t", so it
 * found T-Mobile; the surname Greene was stemmed to "green", so it found the Green party.
 */
class TypedWordsTest {
    @TempDir
    static Path directory;
    static Lede lede;

    @BeforeAll
    static void index() throws Exception {
        lede = Lede.open(directory.resolve("index"));
        String[][] articles = {
            {"AT&T profits beat forecasts", "AT&T said profits rose as more customers signed up for its mobile plans."},
            {"T-Mobile expands its network", "T-Mobile said it would spend more on masts in rural areas this year."},
            {"S&P 500 closes lower", "The S&P 500 index fell 1% as oil prices rose, while the U.S. dollar gained."},
            {"P&O ferries cancelled", "P&O cancelled sailings as storms hit the Channel; passengers were told to wait."},
            {"Greene sets sights on world title", "Olympic champion Maurice Greene says he is fit again. Greene won in Sydney."},
            {"Green fear for transport ballot", "The Green party fears the transport vote will be lost; green taxes are unpopular."}};
        for (int i = 0; i < articles.length; i++) {
            lede.add(Article.of(articles[i][0], articles[i][1], "https://example.com/news/" + i));
        }
    }

    @AfterAll
    static void close() throws Exception {
        lede.close();
    }

    private static List<String> titles(String query) throws Exception {
        return lede.search(query).hits().stream().map(Hit::title).toList();
    }

    @Test
    void lettersJoinedByAnAmpersandAreOneWord() throws Exception {
        assertEquals(List.of("AT&T profits beat forecasts"), titles("AT&T"));
        assertEquals(List.of("S&P 500 closes lower"), titles("S&P"));
        assertEquals(List.of("P&O ferries cancelled"), titles("\"P&O ferries\""));
    }

    @Test
    void theirPartsStillFindThem() throws Exception {
        assertTrue(titles("T").contains("AT&T profits beat forecasts"), titles("T").toString());
        assertTrue(titles("dollar U.S.").contains("S&P 500 closes lower"));
        assertEquals("S&P 500 closes lower", titles("U.S.").get(0));
    }

    @Test
    void aSurnameIsNotTheCommonWordItsStemIs() throws Exception {
        assertEquals(List.of("Greene sets sights on world title"), titles("Greene"));
        assertEquals(List.of("Greene sets sights on world title"), titles("Maurice Greene"));
        // Typed in lower case it is a plain word, stemmed as before.
        assertTrue(titles("greene").contains("Green fear for transport ballot"));
    }
}
