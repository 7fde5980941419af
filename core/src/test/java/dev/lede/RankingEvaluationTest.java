package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.internal.eval.Metrics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * lede's ranking against the plain Lucene baseline on the judged topics of testdata/relevance.
 * Ranking choices were made looking at odd-numbered topics only; even-numbered ones are held out.
 * The floors are the margins reached, rounded down: a change that loses them fails here.
 */
class RankingEvaluationTest {
    @TempDir
    static Path directory;
    static RankingScores scores;

    @BeforeAll
    static void evaluate() throws Exception {
        Path relevance = TestData.root().resolve("relevance");
        try (Lede lede = Lede.open(directory.resolve("index"))) {
            lede.index(TestData.sample(), IndexListener.NONE);
            scores = lede.evaluate(relevance.resolve("topics.tsv"), relevance.resolve("qrels.txt"), null, "test");
        }
    }

    private static RankingScores.Scores mean(List<RankingScores.Topic> topics, boolean lede) {
        return RankingScores.Scores.mean(topics.stream().map(t -> lede ? t.lede() : t.baseline()).toList());
    }

    @Test
    void everyTopicIsJudged() {
        assertEquals(60, scores.topics().size());
    }

    @Test
    void ledeBeatsTheBaselineOnHeldOutTopics() {
        List<RankingScores.Topic> heldOut = scores.topics().stream().filter(t -> Integer.parseInt(t.id()) % 2 == 0).toList();
        double lede = mean(heldOut, true).ndcg10();
        double baseline = mean(heldOut, false).ndcg10();
        assertTrue(lede - baseline >= 0.010, "held-out nDCG@10: lede " + lede + ", baseline " + baseline);
    }

    @Test
    void ledeBeatsTheBaselineOnAllTopics() {
        assertTrue(scores.lede().ndcg10() >= 0.98, "nDCG@10 " + scores.lede().ndcg10());
        assertTrue(scores.lede().ndcg10() - scores.baseline().ndcg10() >= 0.008, scores.lede() + " vs " + scores.baseline());
        assertTrue(scores.lede().averagePrecision() > scores.baseline().averagePrecision());
    }

    @Test
    void metricsFollowTrecEval() {
        Map<String, Integer> grades = Map.of("a", 2, "b", 1, "c", 0, "d", 1);
        RankingScores.Scores perfect = Metrics.score(List.of("a", "b", "d", "c"), grades);
        assertEquals(1.0, perfect.ndcg10(), 1e-9);
        assertEquals(1.0, perfect.averagePrecision(), 1e-9);
        RankingScores.Scores reversed = Metrics.score(List.of("c", "d", "b", "a"), grades);
        // DCG = 1/log2(3) + 1/log2(4) + 2/log2(5); ideal = 2 + 1/log2(3) + 1/log2(4)
        double dcg = 1 / log2(3) + 1 / log2(4) + 2 / log2(5);
        double ideal = 2 + 1 / log2(3) + 1 / log2(4);
        assertEquals(dcg / ideal, reversed.ndcg10(), 1e-9);
        assertEquals((1.0 / 2 + 2.0 / 3 + 3.0 / 4) / 3, reversed.averagePrecision(), 1e-9);
        assertEquals(0.3, reversed.precision10(), 1e-9);
    }

    @Test
    void trecXmlTopicsReadLikeTsv(@TempDir Path dir) throws Exception {
        Path xml = dir.resolve("topics.xml");
        java.nio.file.Files.writeString(xml, """
                <top>
                <num> Number: 301
                <title> ceasefire  hostages
                <desc> Description:
                Talks on a truce.
                </top>
                <top>
                <num> 302 <title>Gantz Lapid opposition</title>
                </top>
                """);
        assertEquals(Map.of("301", "ceasefire hostages", "302", "Gantz Lapid opposition"),
                dev.lede.internal.eval.Judgements.topics(xml));
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
