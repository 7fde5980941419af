package dev.lede.examples;

import dev.lede.*;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

public class NewsService {
    public static void main(String[] args) throws Exception {
        Path index = Path.of(args.length > 0 ? args[0] : "service-index");
        // One instance for the whole service: every method may be called from any thread.
        try (Lede lede = Lede.builder(index).commitEvery(500, Duration.ofSeconds(2)).open()) {
            ExecutorService requests = Executors.newFixedThreadPool(4);
            Thread feed = new Thread(() -> {
                try {
                    for (int n = 1; n <= 200; n++) {  // a feed: each article searchable as soon as add returns
                        lede.add(Article.of("Harbour report " + n, "The harbour reopened after storm " + n + ".",
                                "https://example.com/harbour/" + n));
                    }
                    lede.commit();                    // durable now, not only after the next 500
                } catch (Exception e) {
                    e.printStackTrace();
                }
            });
            feed.start();
            List<Future<SearchResults>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {           // requests, searching while the feed writes
                answers.add(requests.submit(() -> lede.search(Search.of("harbour storm").page(0, 5))));
            }
            for (Future<SearchResults> answer : answers) {
                answer.get();                         // never a failure: each search keeps its own view
            }
            feed.join();
            requests.shutdown();
            requests.awaitTermination(1, TimeUnit.MINUTES);
            System.out.println(lede.size() + " articles");
        }                                             // close once the other calls have returned
    }
}
