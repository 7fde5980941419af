package dev.lede.bench;

import static dev.lede.bench.Bench.format;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap while indexing a big JSON Lines file: {@code lede index} as its own process with a small fixed
 * heap, reading a file of Europarl articles; reports the largest heap still in use after a collection.
 */
final class HeapRun {
    static final String HEAP = "256m";
    private static final Pattern AFTER_GC = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    /** What happened: size of the file, articles, wall time, exit code and peak heap after GC. */
    record Outcome(long fileBytes, int articles, double seconds, int exitCode, long peakLiveMB) {
        String markdown() {
            return format("Heap: `lede index` of a %,.0f MB JSON Lines file (%,d articles, names on) as a process with `-Xmx%s`: "
                    + "exit code %d in %.0f s (%.1f MB/s); the heap in use after each collection peaked at %d MB.%n",
                    fileBytes / 1e6, articles, HEAP, exitCode, seconds, fileBytes / 1e6 / seconds, peakLiveMB);
        }
    }

    private HeapRun() {}

    static Outcome run(Europarl corpus, long targetBytes, Path out, Path cliJar) throws Exception {
        Path file = out.resolve("heap-articles.jsonl");
        int articles = write(corpus, file, targetBytes, Integer.MAX_VALUE);
        Path index = out.resolve("heap-index");
        Bench.fresh(index);
        Path gcLog = out.resolve("heap-gc.log");
        Files.deleteIfExists(gcLog); // or the JVM keeps the old log beside the new one
        List<String> command = List.of(Bench.java(), "-Xmx" + HEAP, "-Xlog:gc:file=" + gcLog, "--enable-native-access=ALL-UNNAMED",
                "-jar", cliJar.toString(), "index", "--index", index.toString(), file.toString());
        long start = System.nanoTime();
        int exit = Bench.exitCode(command);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        Matcher m = AFTER_GC.matcher(Files.readString(gcLog));
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(2)));
        }
        long bytes = Files.size(file);
        Files.delete(file);
        Bench.fresh(index);
        return new Outcome(bytes, articles, seconds, exit, peak);
    }

    /** Europarl articles as JSON Lines, cycled with distinct ids, until the file holds {@code targetBytes} or {@code most} articles. */
    static int write(Europarl corpus, Path file, long targetBytes, int most) throws IOException {
        ObjectMapper json = new ObjectMapper();
        long written = 0;
        int n = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (written < targetBytes && n < most) {
                Article article = corpus.article(n++);
                ObjectNode line = json.createObjectNode();
                line.put("id", article.id());
                line.put("title", article.title());
                line.put("url", article.link());
                if (article.published() != null) {
                    line.put("date", article.published().toString());
                }
                line.put("body", article.body());
                String text = json.writeValueAsString(line);
                out.write(text);
                out.write('\n');
                written += text.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        return n;
    }
}
