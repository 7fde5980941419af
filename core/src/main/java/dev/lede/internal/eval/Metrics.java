package dev.lede.internal.eval;

import dev.lede.RankingScores;
import java.util.List;
import java.util.Map;

/** trec_eval's measures: ndcg_cut_10 (linear gains), map, P_10 and recall_100. */
public final class Metrics {
    private Metrics() {}

    public static RankingScores.Scores score(List<String> ranking, Map<String, Integer> grades) {
        long relevant = grades.values().stream().filter(g -> g > 0).count();
        double dcg = 0;
        double sumPrecision = 0;
        int found = 0;
        int foundIn10 = 0;
        int foundIn100 = 0;
        for (int i = 0; i < ranking.size(); i++) {
            int grade = grades.getOrDefault(ranking.get(i), 0);
            if (i < 10) {
                dcg += grade / log2(i + 2);
            }
            if (grade > 0) {
                found++;
                sumPrecision += (double) found / (i + 1);
                foundIn10 += i < 10 ? 1 : 0;
                foundIn100 += i < 100 ? 1 : 0;
            }
        }
        List<Integer> ideal = grades.values().stream().filter(g -> g > 0).sorted((a, b) -> b - a).toList();
        double idcg = 0;
        for (int i = 0; i < Math.min(10, ideal.size()); i++) {
            idcg += ideal.get(i) / log2(i + 2);
        }
        return new RankingScores.Scores(idcg == 0 ? 0 : dcg / idcg, relevant == 0 ? 0 : sumPrecision / relevant,
                foundIn10 / 10.0, relevant == 0 ? 0 : (double) foundIn100 / relevant);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
