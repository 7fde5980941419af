package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches as values: filters, order and pages. */
class SearchTest {
    @TempDir
    Path temp;
    Lede lede;

    private static final Name GANTZ = new Name("Benny Gantz", NameType.PERSON);
    private static final Name CAIRO = new Name("Cairo", NameType.PLACE);

    @BeforeEach
    void index() throws Exception {
        lede = Lede.builder(temp.resolve("index")).nameFinder(NameFinder.none()).open();
        for (int i = 1; i <= 30; i++) {
            Article article = Article.of("Ceasefire talks, day " + i, "Talks on a ceasefire went on for day " + i + ".",
                    (i % 2 == 0 ? "https://aljazeera.com/" : "https://www.bbc.co.uk/") + i)
                    .withNames(i % 3 == 0 ? List.of(GANTZ, CAIRO) : List.of(CAIRO));
            lede.add(i == 30 ? article : article.withPublished(LocalDate.of(2024, 1, 1).plusDays(i)));
        }
    }

    @AfterEach
    void close() throws Exception {
        lede.close();
    }

    private static List<String> titles(SearchResults results) {
        return results.hits().stream().map(Hit::title).toList();
    }

    @Test
    void filtersNarrowWithoutChangingScores() throws Exception {
        SearchResults all = lede.search(Search.of("ceasefire").page(0, 30));
        SearchResults gantz = lede.search(Search.of("ceasefire").withName(GANTZ).page(0, 30));
        assertEquals(10, gantz.total());
        for (Hit hit : gantz.hits()) {
            assertTrue(hit.names().contains(GANTZ), hit.title());
            Hit same = all.hits().stream().filter(h -> h.id().equals(hit.id())).findFirst().orElseThrow();
            assertEquals(same.score(), hit.score(), hit.title());
        }
        // A name filter is of that type: Cairo is no person.
        assertEquals(0, lede.search(Search.of("ceasefire").withName(new Name("Cairo", NameType.PERSON))).total());
        assertEquals(15, lede.search(Search.all().withSource("www.AlJazeera.com")).total());
        assertEquals(30, lede.search(Search.all().withSource("aljazeera.com").withSource("bbc.co.uk")).total());
        assertEquals(5, lede.search(Search.all().withName(GANTZ).withSource("aljazeera.com")).total(), "6, 12, 18, 24, 30");
        Article third = lede.search(Search.of("\"day 3\"")).hits().get(0).article();
        assertEquals(List.of("Ceasefire talks, day 3"), titles(lede.search(Search.all().withId(third.id()))));
        // Days 10 to 12 of the year: articles 9, 10 and 11; the undated one is in no range.
        assertEquals(List.of("Ceasefire talks, day 11", "Ceasefire talks, day 10", "Ceasefire talks, day 9"),
                titles(lede.search(Search.all().publishedBetween(LocalDate.of(2024, 1, 10), LocalDate.of(2024, 1, 12)))));
        assertEquals(29, lede.search(Search.all().publishedBetween(LocalDate.of(2000, 1, 1), null)).total());
    }

    @Test
    void sortsByDateWithUndatedLastAndPagesThroughEveryHitOnce() throws Exception {
        List<String> newest = titles(lede.search(Search.of("ceasefire").sortedBy(Sort.NEWEST).page(0, 30)));
        assertEquals("Ceasefire talks, day 29", newest.get(0));
        assertEquals("Ceasefire talks, day 1", newest.get(28));
        assertEquals("Ceasefire talks, day 30", newest.get(29), "undated last");
        List<String> oldest = titles(lede.search(Search.of("ceasefire").sortedBy(Sort.OLDEST).page(0, 30)));
        assertEquals("Ceasefire talks, day 1", oldest.get(0));
        assertEquals("Ceasefire talks, day 30", oldest.get(29), "undated last");
        for (Sort order : Sort.values()) {
            List<String> all = titles(lede.search(Search.of("ceasefire").sortedBy(order).page(0, 30)));
            List<String> paged = new ArrayList<>();
            List<Integer> ranks = new ArrayList<>();
            for (int offset = 0; offset < 30; offset += 7) {
                SearchResults page = lede.search(Search.of("ceasefire").sortedBy(order).page(offset, 7));
                assertEquals(30, page.total());
                assertTrue(page.totalExact());
                paged.addAll(titles(page));
                page.hits().forEach(hit -> ranks.add(hit.rank()));
            }
            assertEquals(all, paged, order.toString());
            for (Hit hit : lede.search(Search.of("ceasefire").sortedBy(order).page(0, 30)).hits()) {
                assertTrue(hit.score() > 0, order + ": a hit sorted by date still has its relevance score, " + hit.score());
            }
            assertEquals(java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList(), ranks, "ranks count from the first page");
        }
        assertEquals(List.of(), lede.search(Search.of("ceasefire").page(40, 10)).hits());
        // Filters alone have no score: newest first.
        assertEquals("Ceasefire talks, day 29", lede.search(Search.all()).hits().get(0).title());
    }

    @Test
    void pagesAreBounded() {
        assertThrows(IllegalArgumentException.class, () -> Search.of("x").page(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> Search.of("x").page(Search.MAX_WINDOW, 1));
        assertThrows(IllegalArgumentException.class,
                () -> Search.all().publishedBetween(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)));
    }

    @Test
    void quotedUserTextIsOnePhraseWhateverItHolds() throws Exception {
        lede.add(Article.of("Odd \"quotes\" (and) brackets: AND OR", "Text: a \\ backslash, “curly” quotes.", "https://example.com/odd"));
        for (String typed : List.of("\"quotes\" (and)", "brackets: AND OR", "a \\ backslash", "“curly” quotes", "source:x OR *")) {
            lede.search(Search.quote(typed)); // never an invalid query
        }
        assertEquals(1, lede.search("title:" + Search.quote("\"quotes\" (and) brackets")).total());
        assertEquals(1, lede.search(Search.quote("“curly” quotes")).total());
        assertEquals(15, lede.search("source:" + Search.quote("aljazeera.com")).total());
        assertEquals(10, lede.search("name:" + Search.quote("Benny Gantz")).total());
    }

    @Test
    void anIndexOfTheEarlierFormatIsSearchedButNotSortedByDate() throws Exception {
        Path old = temp.resolve("old");
        try (FSDirectory directory = FSDirectory.open(old);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Document doc = new Document();
            doc.add(new StringField("id", "a1", Field.Store.YES));
            doc.add(new TextField("title", "Harbour closes", Field.Store.YES));
            doc.add(new TextField("body", "The harbour closed at noon.", Field.Store.YES));
            doc.add(new StoredField("link", "https://example.com/a1"));
            doc.add(new IntPoint("published", 20240101));
            doc.add(new StoredField("published", "2024-01-01"));
            doc.add(new StoredField("fingerprint", "x"));
            writer.addDocument(doc);
            writer.setLiveCommitData(Map.of("lede.format", "2").entrySet());
            writer.commit();
        }
        try (Lede earlier = Lede.open(old)) {
            assertEquals(1, earlier.search("harbour").total());
            IndexUnusableException refused = assertThrows(IndexUnusableException.class,
                    () -> earlier.search(Search.of("harbour").sortedBy(Sort.NEWEST)));
            assertEquals("This index was written by an earlier version of lede, which kept no dates to sort by; sort by relevance,"
                    + " or index the articles again into a new index.", refused.getMessage());
            assertThrows(IndexUnusableException.class, () -> earlier.add(Article.of("More", "More text.", "https://example.com/a2")));
        }
        assertFalse(lede.search(Search.of("ceasefire").sortedBy(Sort.NEWEST)).hits().isEmpty());
    }
}
