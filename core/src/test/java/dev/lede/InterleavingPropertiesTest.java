package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Any sequence of adds, removes, commits and searches on one instance ends with the index equal to a model of it. */
class InterleavingPropertiesTest {
    /** One step: 0 add, 1 remove, 2 commit, 3 search; on article {@code id} with text {@code variant}. */
    record Step(int kind, int id, int variant) {}

    private static Article article(int id, int variant) {
        return article("p-", id, variant);
    }

    private static Article article(String prefix, int id, int variant) {
        return new Article(prefix + id, "Story " + id, "Common ground, version " + variant + ".", "https://example.com/" + id, null,
                List.of());
    }

    @Property(tries = 40)
    void theIndexEndsEqualToTheModel(@ForAll("steps") List<Step> steps) throws IOException {
        Path directory = Files.createTempDirectory("lede-interleaving");
        try {
            Map<String, Article> model = new HashMap<>();
            Path index = directory.resolve("index");
            try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
                for (Step step : steps) {
                    switch (step.kind()) {
                        case 0 -> {
                            Article article = article(step.id(), step.variant());
                            lede.add(article);
                            model.put(article.id(), article);
                        }
                        case 1 -> assertEquals(model.remove("p-" + step.id()) != null, lede.remove("p-" + step.id()));
                        case 2 -> lede.commit();
                        default -> {
                            // This instance's own writes are visible to its searches at once.
                            assertEquals(model.size(), lede.search("common", 1).total());
                            assertEquals(model.size(), lede.size());
                        }
                    }
                }
            }
            try (Lede reopened = Lede.open(index)) {
                assertEquals(model.size(), reopened.size());
                for (Map.Entry<String, Article> entry : model.entrySet()) {
                    assertEquals(entry.getValue(), reopened.get(entry.getKey()).orElseThrow());
                }
            }
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /** Two threads, each with its own articles, writing and searching one instance at once: the index ends as both models. */
    @Property(tries = 30)
    void twoThreadsEndEqualToTheirModels(@ForAll("steps") List<Step> first, @ForAll("steps") List<Step> second)
            throws Exception {
        Path directory = Files.createTempDirectory("lede-interleaving");
        try {
            Path index = directory.resolve("index");
            List<Map<String, Article>> models = List.of(new java.util.concurrent.ConcurrentHashMap<>(),
                    new java.util.concurrent.ConcurrentHashMap<>());
            java.util.Queue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
            try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
                List<Thread> threads = new java.util.ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    String prefix = "t" + t + "-";
                    List<Step> steps = t == 0 ? first : second;
                    Map<String, Article> model = models.get(t);
                    threads.add(new Thread(() -> {
                        try {
                            for (Step step : steps) {
                                switch (step.kind()) {
                                    case 0 -> {
                                        Article article = article(prefix, step.id(), step.variant());
                                        lede.add(article);
                                        model.put(article.id(), article);
                                    }
                                    case 1 -> assertEquals(model.remove(prefix + step.id()) != null, lede.remove(prefix + step.id()));
                                    case 2 -> lede.commit();
                                    default -> lede.search("common", 1);
                                }
                            }
                        } catch (Throwable e) {
                            failures.add(e);
                        }
                    }));
                }
                threads.forEach(Thread::start);
                for (Thread thread : threads) {
                    thread.join();
                }
            }
            if (!failures.isEmpty()) {
                throw new AssertionError(failures.peek());
            }
            try (Lede reopened = Lede.open(index)) {
                assertEquals(models.get(0).size() + models.get(1).size(), reopened.size());
                for (Map<String, Article> model : models) {
                    for (Map.Entry<String, Article> entry : model.entrySet()) {
                        assertEquals(entry.getValue(), reopened.get(entry.getKey()).orElseThrow());
                    }
                }
            }
        } finally {
            try (var files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> kind = Arbitraries.frequency(
                net.jqwik.api.Tuple.of(5, 0), net.jqwik.api.Tuple.of(2, 1), net.jqwik.api.Tuple.of(1, 2), net.jqwik.api.Tuple.of(3, 3));
        return Combinators.combine(kind, Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 2))
                .as(Step::new).list().ofMaxSize(40);
    }
}
