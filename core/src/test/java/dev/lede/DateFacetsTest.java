package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Facets#published()}: when the matching articles ran, by month, or by year over a long span. */
class DateFacetsTest {
    @TempDir
    Path directory;

    private static Article harbour(int n, LocalDate date) {
        Article article = Article.of("Harbour story " + n, "The harbour at Kilmore, part " + n + ".", "https://example.com/" + n);
        return date == null ? article : article.withPublished(date);
    }

    @Test
    void countsByMonthNewestFirstThenTheUndated() throws Exception {
        try (Lede lede = Lede.open(directory)) {
            lede.add(harbour(1, LocalDate.of(2024, 6, 11)));
            lede.add(harbour(2, LocalDate.of(2024, 6, 30)));
            lede.add(harbour(3, LocalDate.of(2022, 7, 1)));
            lede.add(harbour(4, null));
            lede.add(Article.of("Bus story", "Night buses run from June.", "https://example.com/bus").withPublished(LocalDate.of(2025, 1, 2)));
            // July 2022 to June 2024 is 24 months: counted by month.
            assertEquals(List.of(new FacetCount("2024-06", 2), new FacetCount("2022-07", 1), new FacetCount(Facets.NO_DATE, 1)),
                    lede.facets("harbour", 5).published());
            assertEquals(new FacetCount("2025-01", 1), lede.facets("*", 5).published().getFirst());
            assertEquals(List.of(), lede.facets("nothingmatches", 5).published());
        }
    }

    @Test
    void countsByYearWhenTheMatchesSpanMoreThanThreeYears() throws Exception {
        try (Lede lede = Lede.open(directory)) {
            lede.add(harbour(1, LocalDate.of(2024, 6, 11)));
            lede.add(harbour(2, LocalDate.of(2024, 1, 30)));
            lede.add(harbour(3, LocalDate.of(2021, 7, 1)));
            // July 2021 to June 2024: 36 months, the longest span still counted by month.
            assertEquals(List.of(new FacetCount("2024-06", 1), new FacetCount("2024-01", 1), new FacetCount("2021-07", 1)),
                    lede.facets("harbour", 5).published());
            lede.add(harbour(4, LocalDate.of(2021, 6, 30)));
            // June 2021 to June 2024: 37 months, counted by year.
            assertEquals(List.of(new FacetCount("2024", 2), new FacetCount("2021", 2)), lede.facets("harbour", 5).published());
        }
    }
}
