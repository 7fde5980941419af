package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searches and writes from several threads on a real index on disk: nothing fails, nothing is lost. */
class ConcurrencyTest {
    private static final int SEARCHERS = 4;
    private static final int SEARCHES_EACH = 1_500;
    /** Below the exact-count limit, so a search's total is the number of articles it sees. */
    private static final int MOST_ARTICLES = 900;
    /** Rounds of 20 articles and a commit, about 100 ms apart. */
    private static final int ROUNDS = 50;

    @TempDir
    Path temp;

    private static Article article(int n) {
        return new Article("article-" + n, "Report " + n, "Ceasefire talks went on in Cairo, report " + n + " says.",
                "https://example.com/" + n, null, List.of());
    }

    /** A longer article, so that a search (with its snippets) takes a while and overlaps a refresh more often. */
    private static Article longArticle(int n) {
        return new Article("article-" + n, "Report " + n, ("Ceasefire talks went on in Cairo, report " + n + " says. ").repeat(40)
                + "The mediators met again.", "https://example.com/" + n, null, List.of());
    }

    @Test
    void searchesOnOneInstanceWhileAnotherThreadAddsNeverFailAndSeeEveryAddThatReturned() throws Exception {
        Path index = temp.resolve("index");
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger added = new AtomicInteger();
        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
            lede.add(article(0));
            added.set(1);
            writerBesideSearchers(failures, () -> {
                for (int n = 1; n < MOST_ARTICLES && searching.get(); n++) {
                    lede.add(article(n));
                    added.incrementAndGet();
                    if (n % 50 == 0) {
                        lede.commit();
                    }
                }
            }, SEARCHERS, () -> {
                long seen = 0;
                for (int i = 0; i < SEARCHES_EACH; i++) {
                    int before = added.get();
                    long total = lede.search("ceasefire", 3).total();
                    // Every add that returned before the search began is visible to it, and views only grow.
                    assertTrue(total >= before, total + " found, " + before + " added before");
                    assertTrue(total >= seen, total + " found after " + seen);
                    seen = total;
                    searches.incrementAndGet();
                }
            }, () -> searching.set(false));
        }
        assertNoFailures(failures);
        assertEquals(SEARCHERS * SEARCHES_EACH, searches.get());
        try (Lede reopened = Lede.open(index)) {
            assertEquals(added.get(), reopened.size());
            for (int n = 0; n < added.get(); n++) {
                assertEquals(article(n), reopened.get("article-" + n).orElseThrow());
            }
        }
    }

    @Test
    void searchesOnOneInstanceWhileAnotherInstanceCommitsNeverFail() throws Exception {
        Path index = temp.resolve("index");
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger committed = new AtomicInteger();
        AtomicInteger searches = new AtomicInteger();
        try (Lede writes = Lede.builder(index).nameFinder(NameFinder.none()).open(); Lede reads = Lede.open(index)) {
            writes.add(longArticle(0));
            writes.commit();
            committed.set(1);
            CountDownLatch searchersStarted = new CountDownLatch(2 * SEARCHERS);
            writerBesideSearchers(failures, () -> {
                try {
                    searchersStarted.await();
                    // Commits every 100 ms or so, for some seconds: several times per look for other processes' commits.
                    for (int round = 1; round <= ROUNDS; round++) {
                        for (int n = round * 20; n < round * 20 + 20; n++) {
                            writes.add(longArticle(n));
                        }
                        writes.commit();
                        committed.set(1 + round * 20);
                        Thread.sleep(100);
                    }
                } finally {
                    writing.set(false);
                }
            }, 2 * SEARCHERS, () -> {
                searchersStarted.countDown();
                long seen = 0;
                while (writing.get() || searches.get() < 1_000) {
                    long total = reads.search("ceasefire mediators", 10).total();
                    // Only committed articles, and views only grow.
                    assertTrue(total <= committed.get() + 20, total + " found, " + committed.get() + " committed");
                    assertTrue(total >= seen, total + " found after " + seen);
                    seen = total;
                    searches.incrementAndGet();
                }
            }, () -> {});
        }
        assertNoFailures(failures);
        assertTrue(searches.get() >= 1_000);
        try (Lede reopened = Lede.open(index)) {
            assertEquals(1 + ROUNDS * 20, reopened.size());
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code writer} in a thread beside {@code searchers} threads running {@code searcher}; when the searchers
     * are done, {@code searchersDone} runs (to stop the writer) and the writer is awaited. What any thread throws goes
     * to {@code failures}.
     */
    private static void writerBesideSearchers(Queue<Throwable> failures, Work writer, int searchers, Work searcher,
            Runnable searchersDone) throws InterruptedException {
        Thread writing = thread(failures, writer);
        List<Thread> searching = new ArrayList<>();
        for (int t = 0; t < searchers; t++) {
            searching.add(thread(failures, searcher));
        }
        writing.start();
        searching.forEach(Thread::start);
        for (Thread thread : searching) {
            thread.join();
        }
        searchersDone.run();
        writing.join();
    }

    private static Thread thread(Queue<Throwable> failures, Work work) {
        return new Thread(() -> {
            try {
                work.run();
            } catch (Throwable e) {
                failures.add(e);
            }
        });
    }

    static void assertNoFailures(Queue<Throwable> failures) {
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError(failures.size() + " failures, the first: " + failures.peek());
            failures.forEach(error::addSuppressed);
            throw error;
        }
    }
}
