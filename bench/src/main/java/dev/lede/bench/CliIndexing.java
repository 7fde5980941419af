package dev.lede.bench;

import static dev.lede.bench.Bench.format;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Indexing from the command line as whole processes: {@code lede index} of a JSON Lines file of Europarl articles,
 * with names and with {@code --no-names}, beside the raw-Lucene one-shot program ({@link RawIndex}) on the same file,
 * all with the same JVM flags; taking turns, best of {@link #ROUNDS}.
 */
final class CliIndexing {
    static final int ROUNDS = 2;

    private CliIndexing() {}

    /** @return seconds: raw, lede without names, lede with names */
    static double[] run(int articles, Path out) throws Exception {
        Path file = out.resolve("cli-articles.jsonl");
        HeapRun.write(new Europarl(), file, Long.MAX_VALUE, articles);
        Path jar = Path.of("cli/target/lede-cli.jar").toAbsolutePath();
        Path benchJar = Path.of("bench/target/lede-bench.jar").toAbsolutePath();
        Path index = out.resolve("cli-index");
        List<List<String>> commands = List.of(
                command("-cp", benchJar.toString(), RawIndex.class.getName(), file.toString(), index.toString()),
                command("-jar", jar.toString(), "index", "--no-names", "--index", index.toString(), file.toString()),
                command("-jar", jar.toString(), "index", "--index", index.toString(), file.toString()));
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < ROUNDS; round++) {
            for (int turn = 0; turn < commands.size(); turn++) {
                int which = (turn + round) % commands.size();
                Bench.fresh(index);
                long start = System.nanoTime();
                if (Bench.exitCode(commands.get(which)) != 0) {
                    throw new IllegalStateException("failed: " + String.join(" ", commands.get(which)));
                }
                best[which] = Math.min(best[which], (System.nanoTime() - start) / 1e9);
            }
        }
        Bench.fresh(index);
        Files.delete(file);
        return best;
    }

    static String markdown(int articles, double[] seconds) {
        return format("| whole process, %,d articles of JSON Lines | seconds | raw / this |%n|---|---:|---:|%n"
                + "| raw Lucene one-shot program | %.1f | 1.00 |%n| `lede index --no-names` | %.1f | %.2f |%n"
                + "| `lede index` | %.1f | %.2f |%n", articles, seconds[0], seconds[1], seconds[0] / seconds[1], seconds[2],
                seconds[0] / seconds[2]);
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Bench.java(), "--enable-native-access=ALL-UNNAMED"));
        command.addAll(List.of(args));
        return command;
    }
}
