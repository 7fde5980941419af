package dev.lede.semantic;

import dev.lede.Lede;
import dev.lede.internal.eval.Judgements;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Query latency of hybrid search against the words alone, on one index built with {@code lede index
 * --semantic}: each topic searched (top 10 with snippets) by both in turn, who goes first alternating,
 * for several rounds after one of warm-up; wall-clock times, as the model runs on threads of its own.
 * Arguments: the index, a topics file, rounds. Not part of the product.
 */
public final class HybridLatency {
    public static void main(String[] args) throws Exception {
        Path index = Path.of(args[0]);
        List<String> queries = new ArrayList<>(Judgements.topics(Path.of(args[1])).values());
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        long start = System.nanoTime();
        MiniLm model = MiniLm.load();
        System.out.printf("model loaded in %.0f ms%n", (System.nanoTime() - start) / 1e6);
        List<Long> words = new ArrayList<>();
        List<Long> hybrid = new ArrayList<>();
        List<Long> embedding = new ArrayList<>();
        try (Lede plain = Lede.open(index); Lede fused = Lede.builder(index).embedder(model).open()) {
            for (int round = 0; round <= rounds; round++) {
                for (int i = 0; i < queries.size(); i++) {
                    String q = queries.get(i);
                    boolean plainFirst = (round + i) % 2 == 0;
                    for (int turn = 0; turn < 2; turn++) {
                        boolean usePlain = plainFirst == (turn == 0);
                        long t0 = System.nanoTime();
                        (usePlain ? plain : fused).search(q, 10);
                        long t = System.nanoTime() - t0;
                        if (round > 0) {
                            (usePlain ? words : hybrid).add(t);
                        }
                    }
                    long t0 = System.nanoTime();
                    model.embed(q);
                    if (round > 0) {
                        embedding.add(System.nanoTime() - t0);
                    }
                }
            }
        }
        System.out.printf("%d searches each; ms p50 / p99%n", words.size());
        System.out.printf("words alone        %7.2f %7.2f%n", pct(words, 50), pct(words, 99));
        System.out.printf("hybrid             %7.2f %7.2f%n", pct(hybrid, 50), pct(hybrid, 99));
        System.out.printf("query vector alone %7.2f %7.2f%n", pct(embedding, 50), pct(embedding, 99));
    }

    private static double pct(List<Long> times, int p) {
        long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private HybridLatency() {}
}
