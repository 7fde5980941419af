package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 at random moments after the first commit never costs a commit: the index opens, {@code check} finds it
 * sound, its article count never goes down, and the same command run again completes it. Random but seeded: the seed
 * is printed, and {@code -Dlede.crash.seed=N} replays a run (each kill at the same share of the time scale that the
 * first run measures on this machine).
 */
class CrashSafetyCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Committing every 5,000 articles ({@code --commit-every}), this is three commits. */
    private static final int ARTICLES = 15_000;
    private static final int KILLS = 5;

    @TempDir
    Path work;

    @Test
    void killedAtRandomMomentsTheIndexKeepsEveryCommitAndTheSameCommandCompletesIt() throws Exception {
        long seed = Long.getLong("lede.crash.seed", System.nanoTime());
        System.out.println("CrashSafetyCliTest seed " + seed + " (replay with -Dlede.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path input = writeArticles(work.resolve("reports.jsonl"));
        Path index = work.resolve("index");
        String[] command = {"index", "--commit-every", "5000", "--index", index.toString(), input.toString()};

        // The first run shows the time scale here: to its first commit (start-up and 5,000 articles) and to its second.
        long started = System.nanoTime();
        Process first = start(command);
        long firstCommit = awaitCommitAfter(0, index, first);
        long toFirstCommitMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long between = System.nanoTime();
        awaitCommitAfter(firstCommit, index, first);
        long betweenCommitsMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - between);
        System.out.println("CrashSafetyCliTest: first commit after " + toFirstCommitMillis + " ms, second "
                + betweenCommitsMillis + " ms later");

        int kept = 0;
        int kills = 0;
        Process process = first;
        for (int round = 1; round <= KILLS; round++) {
            if (round > 1) {
                process = start(command);
            }
            // A later run starts up and reads every kept article again before it adds new ones; once all are kept,
            // it still reads them all. Its kill falls after start-up, while it reads, adds or commits, or it finishes.
            long delay = round == 1 ? (long) (random.nextDouble() * betweenCommitsMillis / 2)
                    : toFirstCommitMillis / 2 + (long) (random.nextDouble() * (toFirstCommitMillis / 2 + 2 * betweenCommitsMillis));
            boolean killed = !process.waitFor(delay, TimeUnit.MILLISECONDS);
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            process.waitFor();
            String moment = "round " + round + ", seed " + seed + ", killed " + delay + " ms after "
                    + (round == 1 ? "the second commit" : "start");
            if (!killed) {
                assertEquals(0, process.exitValue(), "the run ended by itself, but not well: " + moment);
            }

            LedeProcess.Run stats = LedeProcess.run(work, "stats", "--json", "--index", index.toString());
            assertEquals(0, stats.exitCode(), "the index does not open after " + moment + ": " + stats.err());
            int count = JSON.readTree(stats.out()).get("articles").asInt();
            LedeProcess.Run check = LedeProcess.run(work, "check", "--index", index.toString());
            assertEquals(0, check.exitCode(), "check after " + moment + ": " + check.out() + check.err());
            assertEquals("The index " + index + " is sound.\n", check.out(), moment);
            assertTrue(count >= kept, "the count went down from " + kept + " to " + count + " after " + moment);
            assertTrue(count <= ARTICLES, count + " articles after " + moment);
            System.out.println("CrashSafetyCliTest " + moment + (killed ? "" : " (it had finished first)") + ": " + count + " articles");
            kept = count;
            kills += killed ? 1 : 0;
        }
        System.out.println("CrashSafetyCliTest: " + kills + " of " + KILLS + " runs killed");

        LedeProcess.Run rerun = LedeProcess.run(work, command);
        assertEquals(0, rerun.exitCode(), rerun.err());
        LedeProcess.Run stats = LedeProcess.run(work, "stats", "--json", "--index", index.toString());
        assertEquals(ARTICLES, JSON.readTree(stats.out()).get("articles").asInt(), "complete and without duplicates, seed " + seed);
        assertEquals(0, LedeProcess.run(work, "check", "--index", index.toString()).exitCode());
    }

    private Process start(String... command) throws Exception {
        Process process = LedeProcess.start(work, Map.of(), List.of(), command);
        process.getOutputStream().close(); // its output is a line or two: the pipes never fill
        return process;
    }

    /** Distinct short articles, so that a commit comes quickly. */
    private static Path writeArticles(Path file) throws Exception {
        List<String> words = List.of("harbour", "council", "budget", "strike", "flood", "court", "ferry", "museum");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < ARTICLES; i++) {
                StringBuilder body = new StringBuilder("Report " + i + " was published in Galway.");
                for (int j = 0; j < 12; j++) {
                    body.append(' ').append(words.get((i * 5 + j * 3) % words.size()));
                }
                out.write(JSON.writeValueAsString(Map.of("title", "Report " + i, "body", body.toString(),
                        "url", "https://www.example.com/reports/" + i)));
                out.newLine();
            }
        }
        return file;
    }

    /** Waits for a commit newer than {@code generation} while the run goes on; returns its generation. */
    private static long awaitCommitAfter(long generation, Path index, Process run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (generation(index) <= generation) {
            assertTrue(run.isAlive(), "the run ended before commit " + (generation + 1));
            assertTrue(System.nanoTime() < deadline, "no commit " + (generation + 1) + " in two minutes");
            Thread.sleep(5);
        }
        assertTrue(run.isAlive(), "the run ended at commit " + (generation + 1));
        return generation(index);
    }

    /** The newest finished commit: Lucene writes {@code pending_segments_N} and renames it to {@code segments_N}. */
    private static long generation(Path index) throws Exception {
        if (!Files.isDirectory(index)) {
            return 0;
        }
        try (var files = Files.list(index)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> name.startsWith("segments_"))
                    .mapToLong(name -> Long.parseLong(name.substring("segments_".length()), Character.MAX_RADIX))
                    .max().orElse(0);
        }
    }
}
