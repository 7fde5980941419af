package dev.lede.examples;

import dev.lede.*;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

public class ConfiguredSearch {
    public static void main(String[] args) throws Exception {
        Path index = Path.of(args.length > 0 ? args[0] : "news-index");
        try (Lede lede = Lede.builder(index)
                .nameFinder(NameFinder.lede())              // or NameFinder.none(), NameFinder.withModel(file), your own
                .commitEvery(1_000, Duration.ofSeconds(5))  // commit by itself after 1,000 writes or 5 s
                .refreshEvery(Duration.ofMillis(500))       // look for other processes' commits twice a second
                .open()) {
            lede.add(Article.of("Gantz meets mediators in Cairo", "Benny Gantz met the mediators on Monday.",
                    "https://www.aljazeera.com/news/2024/6/10/gantz-cairo").withPublished(LocalDate.of(2024, 6, 10)));

            // Filters as values: nothing to escape, and they narrow the matches without changing the ranking.
            Search search = Search.of("mediators")
                    .withName(new Name("Benny Gantz", NameType.PERSON))
                    .withSource("aljazeera.com")
                    .publishedBetween(LocalDate.of(2024, 1, 1), null)
                    .sortedBy(Sort.NEWEST)
                    .page(0, 10);                           // page(10, 10) is the next page
            SearchResults results = lede.search(search);
            System.out.println(results.total() + (results.totalExact() ? "" : "+") + " matches");
            for (Hit hit : results.hits()) {
                System.out.println(hit.rank() + ". " + hit.title() + " " + hit.article().published());
            }

            // User text inside the query syntax: quote it.
            String typed = "Cairo \"talks\"";
            System.out.println(lede.search("title:" + Search.quote(typed)).total());
        }
    }
}
