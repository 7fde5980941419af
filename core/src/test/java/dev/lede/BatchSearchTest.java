package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Lede#searchBatch}: a list of queries, one a line, each with its best hits or its problem. */
class BatchSearchTest {
    @TempDir
    Path directory;

    @Test
    void eachQueryOfTheListIsSearchedAndABadOneDoesNotStopTheRest() throws Exception {
        try (Lede lede = Lede.open(directory)) {
            lede.add(Article.of("Harbour closes", "The harbour at Kilmore closed after the storm.", "https://example.com/1"));
            lede.add(Article.of("Harbour opens", "The harbour at Kilmore opened again.", "https://example.com/2"));
            lede.add(Article.of("Night buses", "The council approved night buses.", "https://example.com/3"));
            List<BatchResult> results = new ArrayList<>();
            lede.searchBatch(new StringReader("# suspects\n  harbour  \n\ntitle:\nbuses\nnobody\n"),
                    Search.of("").page(0, 1), results::add);
            assertEquals(List.of(2, 4, 5, 6), results.stream().map(BatchResult::line).toList());
            BatchResult harbour = results.get(0);
            assertEquals("harbour", harbour.query());
            assertFalse(harbour.failed());
            assertEquals(2, harbour.results().total());
            assertEquals(1, harbour.results().hits().size(), "the search's limit is the hits kept per query");
            BatchResult bad = results.get(1);
            assertTrue(bad.failed());
            assertNull(bad.results());
            assertFalse(bad.problem().isBlank());
            assertEquals("Night buses", results.get(2).results().hits().get(0).title());
            assertEquals(0, results.get(3).results().total());
        }
    }
}
