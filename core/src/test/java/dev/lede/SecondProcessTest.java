package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One index, two processes: Lucene lets one process write an index at a time, so the other searches it read-only,
 * or is refused when it would write.
 */
class SecondProcessTest {
    private static final int SEARCHERS = 4;
    /** Rounds of {@link #ROUND} articles, each round committed. */
    private static final int ROUNDS = 40;
    private static final int ROUND = 20;

    @TempDir
    Path temp;

    private static Article article(int n) {
        return new Article("article-" + n, "Report " + n, "Ceasefire talks went on in Cairo, report " + n + " says.",
                "https://example.com/" + n, null, List.of());
    }

    @Test
    void searchersAndAWriterOnOneInstanceAndASecondProcessSearchingWhileItCommitsNeverFail() throws Exception {
        Path index = temp.resolve("index");
        Path stop = temp.resolve("stop");
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger added = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        Process other;
        try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
            lede.add(article(0));
            lede.commit();
            added.set(1);
            other = start("search", index.toString(), stop.toString());
            String ready = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8)).readLine();
            assertEquals("ready", ready, "the second process opened the index while this one holds the write lock");
            Task writer = () -> {
                try {
                    for (int round = 0; round < ROUNDS; round++) {
                        for (int i = 0; i < ROUND; i++) {
                            lede.add(article(added.get()));
                            added.incrementAndGet();
                        }
                        lede.commit();
                        Thread.sleep(20);
                    }
                } finally {
                    writing.set(false);
                }
            };
            Task searcher = () -> {
                for (long seen = 0; writing.get() || searches.get() < 1_000; searches.incrementAndGet()) {
                    int before = added.get();
                    long total = lede.search("ceasefire", 3).total();
                    int after = added.get();
                    // Exactly what was written so far: every add that returned before, none that had not begun.
                    assertTrue(total >= before && total <= after + 1, total + " found, " + before + " to " + after + " added");
                    assertTrue(total >= seen, total + " found after " + seen);
                    seen = total;
                }
            };
            List<Task> tasks = new ArrayList<>(List.of(writer));
            for (int t = 0; t < SEARCHERS; t++) {
                tasks.add(searcher);
            }
            inThreads(tasks, failures);
            Files.createFile(stop);
            assertTrue(other.waitFor(60, TimeUnit.SECONDS), "the second process ends once told to");
        }
        ConcurrencyTest.assertNoFailures(failures);
        List<String> lines = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        String errors = new String(other.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, other.exitValue(), errors);
        assertTrue(!errors.contains("Exception") && !errors.contains("rror"), errors);
        int total = 1 + ROUNDS * ROUND;
        // The other process sees commits alone, whole: each count it saw is one this process committed, growing.
        long previous = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            long seen = Long.parseLong(line.substring("seen ".length()));
            assertEquals(1, seen % ROUND, line + " is not a committed count");
            assertTrue(seen > previous, line);
            previous = seen;
        }
        String last = lines.get(lines.size() - 1);
        assertTrue(last.matches("done \\d+ searches, " + total + " found at the end"), last);
        assertTrue(Long.parseLong(last.split(" ")[1]) >= 100, last);
    }

    @Test
    void aSecondProcessHoldingTheWriteLockRefusesWritesWithOneSentenceAndSearchesGoOn() throws Exception {
        Path index = temp.resolve("index");
        Path stop = temp.resolve("stop");
        try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).refreshEvery(Duration.ZERO).open()) {
            lede.add(article(0));
        }
        Process other = start("write", index.toString(), stop.toString());
        BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("writing", out.readLine());
        try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).refreshEvery(Duration.ZERO).open()) {
            IndexLockedException refused = assertThrowsLocked(() -> lede.add(article(2)));
            assertEquals("The index " + index + " is being written by another process (it holds " + index.resolve("write.lock")
                    + "); wait for it to finish and try again.", refused.getMessage());
            assertThrowsLocked(() -> lede.remove("article-0"));
            // Searching needs no lock: the committed article, and the other process's article once it commits.
            assertEquals(1, lede.search("ceasefire").total());
            Files.createFile(stop);
            assertTrue(other.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, other.exitValue(), new String(other.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(2, lede.search("ceasefire").total());
            // The lock is free again: this instance writes.
            assertEquals(Change.ADDED, lede.add(article(2)));
            assertEquals(3, lede.size());
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private static IndexLockedException assertThrowsLocked(Write write) throws IOException {
        try {
            write.run();
        } catch (IndexLockedException expected) {
            return expected;
        }
        throw new AssertionError("the write was not refused");
    }

    private interface Task {
        void run() throws Exception;
    }

    /** Runs each task in a thread of its own, all at once, and waits for them; what they throw goes to {@code failures}. */
    private static void inThreads(List<Task> tasks, Queue<Throwable> failures) throws InterruptedException {
        List<Thread> threads = tasks.stream().map(task -> new Thread(() -> {
            try {
                task.run();
            } catch (Throwable e) {
                failures.add(e);
            }
        })).toList();
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    /** A real second JVM running {@link Other} over lede's classes and libraries, on the class path. */
    private static Process start(String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path module = Path.of(System.getProperty("basedir", "."));
        List<String> path = new ArrayList<>(List.of(module.resolve("target/test-classes").toString(), module.resolve("target/classes").toString()));
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank()) {
                Stream.of(value.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).forEach(path::add);
            }
        }
        List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-cp", String.join(File.pathSeparator, path), Other.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    /** The second process: {@code search INDEX STOP} searches read-only until STOP exists; {@code write INDEX STOP} holds the lock. */
    static final class Other {
        public static void main(String[] args) throws Exception {
            Path index = Path.of(args[1]);
            Path stop = Path.of(args[2]);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            if (args[0].equals("write")) {
                try (Lede lede = Lede.builder(index).nameFinder(NameFinder.none()).open()) {
                    lede.add(article(1));
                    out.println("writing");
                    while (!Files.exists(stop)) {
                        Thread.sleep(10);
                    }
                }
                return;
            }
            try (Lede lede = Lede.builder(index).readOnly(true).refreshEvery(Duration.ZERO).open()) {
                out.println("ready");
                long seen = 0;
                int searches = 0;
                while (!Files.exists(stop)) {
                    long total = lede.search("ceasefire", 3).total();
                    searches++;
                    if (total != seen) {
                        out.println("seen " + total);
                        seen = total;
                    }
                }
                out.println("done " + searches + " searches, " + lede.search("ceasefire", 3).total() + " found at the end");
            }
        }
    }
}
