package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Journalist-style queries over the sample corpus, and the article a reader expects near the top. The
 * Halcyon Peak sale stands fourth behind three other reports of the same takeover (all judged relevant).
 */
class RankingTest {
    @TempDir
    static Path directory;
    static Lede lede;

    @BeforeAll
    static void indexTheSample() throws Exception {
        lede = Lede.open(directory.resolve("index"));
        lede.index(TestData.sample(), IndexListener.NONE);
    }

    @AfterAll
    static void close() throws Exception {
        lede.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ceasefire hostages                               | 6 | Blinken Engages with Israeli Opposition Figures in Effort to Secure Gaza Ceasefire
            Blinken Gantz Lapid meeting ceasefire            | 2 | Blinken Meets Gantz and Lapid as U.S. Presses Hamas on Truce Plan
            Qatar suspends mediation Hamas Israel            | 1 | Qatar Pauses Gaza Mediation Until Parties Show Will to Deal
            aid trucks El Arish inspections                  | 1 | Aid Trucks Queue for Miles Outside El Arish as Inspections Slow Deliveries
            Rockall trawler boarded                          | 1 | Rockall Fishing Row Flares After Irish Trawler Boarded
            Barneveld bird flu cull chickens                 | 1 | Bird Flu Outbreak Forces Cull of 200,000 Chickens in Dutch Poultry Heartland
            Delhi construction ban daily-wage workers        | 1 | Delhi's Smog Curbs Idle Building Sites and Squeeze Daily-Wage Workers
            Hoshikage flyby images nucleus                   | 1 | First Close-Up Images Show Comet Ishida-Moreau’s Lumpy, Dark Nucleus
            Quintero parking levy council vote transit       | 2 | City Council Rejects Quintero's Transit Levy in 11-6 Budget Vote
            Kessler bribery verdict Belmont Ridge            | 4 | Former Philadelphia Official Found Guilty of Taking Bribes From Repair Contractor
            Halcyon Peak takeover Sheffield Athletic         | 4 | Sheffield Athletic Agree Sale to US Investment Fund Halcyon Peak
            CoinHarbor Halvorsen verdict jury                | 1 | Jury Convicts CoinHarbor’s Halvorsen on All Seven Counts
            Northmoor Bank breach ransomware                 | 2 | Northmoor Bank Says Hackers Stole Data of 1.3 Million Customers
            Wroblewski                                       | 1 | Floodwaters Swamp Polish Towns as Rivers Burst Banks Across Central Europe
            """)
    void theExpectedArticleIsNearTheTop(String query, int within, String title) throws Exception {
        List<String> titles = lede.search(query, within).hits().stream().map(Hit::title).toList();
        assertTrue(titles.contains(title), "\"" + title + "\" not in the top " + within + " for " + query + ": " + titles);
    }

    /**
     * Real news showed a common query word in a short headline outweighing the rest of the query in the text:
     * "internet" in three headlines ranked above the stories about internet telephony. Each word is scored once
     * over headline and text together, and the words standing together earn a bonus.
     */
    @Test
    void aHeadlineWordDoesNotOutweighTheWholeQueryInTheText(@TempDir Path dir) throws Exception {
        String filler = " The company said more details would follow later in the year, and shares were little changed.";
        try (Lede small = Lede.builder(dir.resolve("index")).nameFinder(NameFinder.none()).open()) {
            for (int i = 0; i < 30; i++) {
                String headline = i < 3 ? "New internet domain names approved " + i : "Markets report " + i;
                small.add(new Article("a" + i, headline, "The internet regulator met again this week." + filler.repeat(3), "", null, List.of()));
            }
            small.add(new Article("voip", "Free calls for broadband users",
                    "A provider now offers internet telephony to all its customers." + filler.repeat(4),
                    "", null, List.of()));
            small.commit();
            assertEquals("voip", small.search("internet telephony", 1).hits().get(0).id());
        }
    }

    /**
     * News tells its story in its first sentences: the same words count more there than further down. The two
     * articles have the same words, and the one with the query's word late in its text is added first, so it would
     * come first on a tie.
     */
    @Test
    void theLeadOfTheTextCountsMoreThanTheSameWordLater(@TempDir Path dir) throws Exception {
        String filler = " Officials said more details would follow later in the week, and the council met on Monday.";
        try (Lede small = Lede.builder(dir.resolve("index")).nameFinder(NameFinder.none()).open()) {
            small.add(new Article("late", "Council meeting", "A council report was read." + filler.repeat(4) + " The harbour was mentioned.",
                    "", null, List.of()));
            small.add(new Article("lead", "Council meeting", "The harbour was mentioned." + filler.repeat(4) + " A council report was read.",
                    "", null, List.of()));
            small.commit();
            assertEquals(List.of("lead", "late"), small.search("harbour", 2).hits().stream().map(Hit::id).toList());
        }
    }
}
