package dev.lede.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark in miniature, so that it cannot rot: it runs end to end and reports sane figures (no timing asserted). */
class BenchSmokeTest {
    @Test
    void theHarnessRunsAndReportsEveryFigure(@TempDir Path out) throws Exception {
        Bench.Options options = new Bench.Options(List.of(300, 600), 20, 0.2, false, out);
        List<Bench.Result> results = Bench.run(options);
        assertEquals(2, results.size());
        for (Bench.Result result : results) {
            assertTrue(result.textMB() > 0 && result.rawIndexSeconds() > 0 && result.ledeIndexSeconds() > 0);
            assertTrue(result.rawBytes() > 0 && result.ledeBytes() > 0);
            assertTrue(result.rawSegments() > 0 && result.ledeSegments() > 0);
            assertTrue(result.rawQps() > 0 && result.ledeQps() > 0);
        }
        String report = Report.markdown(results, options, null, null);
        assertTrue(report.contains("| 600 | query latency p50, ms (top 10 + snippets) |"), report);
        Plot.write(results, out.resolve("growth.png"));
        assertTrue(Files.size(out.resolve("growth.png")) > 1000);
    }

    @Test
    void theHeapRunIndexesAJsonLinesFileInAFreshProcess(@TempDir Path out) throws Exception {
        Path cli = Path.of("../cli/target/lede-cli.jar");
        assertTrue(Files.exists(cli), "the heap run starts the command-line jar, built before this module: " + cli.toAbsolutePath());
        HeapRun.Outcome outcome = HeapRun.run(new Europarl(), 2_000_000, out, cli);
        assertEquals(0, outcome.exitCode());
        assertTrue(outcome.articles() > 1_000 && outcome.fileBytes() >= 2_000_000, outcome.toString());
        assertTrue(outcome.markdown().contains("-Xmx256m"), outcome.markdown());
    }

    @Test
    void theMicroBenchmarksRunAndEachHasAFigure() throws Exception {
        String table = Micro.run(true);
        assertTrue(table.contains("| search, top 10 with snippets, 500 articles | "), table);
        assertEquals(7, table.lines().count(), table);
        assertTrue(table.lines().skip(2).allMatch(line -> line.matches("\\| [^|]+ \\| [^|]* \\| \\d+\\.\\d\\d.*")), table);
    }

    @Test
    void theMixedBenchmarkSearchesWhileItIndexesWithoutFailures(@TempDir Path out) throws Exception {
        MixedBenchmark.Outcome[] outcomes = MixedBenchmark.run(new Europarl(), 500, 0.3, 2, out);
        for (MixedBenchmark.Outcome outcome : outcomes) {
            assertTrue(outcome.searchesPerSecond() > 0 && outcome.addsPerSecond() > 0, outcome.toString());
            assertEquals(0, outcome.failures(), outcome.toString());
        }
        assertTrue(MixedBenchmark.markdown(outcomes, 500, 0.3, 2).contains("| searches per second (top 10 + snippets) |"));
    }
}
