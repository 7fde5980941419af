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
            assertTrue(result.rawQps() > 0 && result.ledeQps() > 0);
        }
        String report = Report.markdown(results, options, null);
        assertTrue(report.contains("| 600 | query latency p50, ms (top 10 + snippets) |"), report);
        Plot.write(results, out.resolve("growth.png"));
        assertTrue(Files.size(out.resolve("growth.png")) > 1000);
    }
}
