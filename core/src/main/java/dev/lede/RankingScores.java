package dev.lede;

import java.util.List;

/**
 * Ranking quality on judged topics, for lede and for a plain Lucene baseline (StandardAnalyzer,
 * BM25 with default parameters, one catch-all field) over the same articles, computed with the
 * conventions of trec_eval.
 *
 * @param topics per-topic scores, in topic order
 * @param lede mean scores of lede's ranking
 * @param baseline mean scores of the baseline's ranking
 */
public record RankingScores(List<Topic> topics, Scores lede, Scores baseline) {
    /**
     * nDCG@10 (linear gains), average precision, precision at 10 and recall at 100 of one ranking.
     *
     * @param ndcg10 normalised discounted cumulative gain of the first 10 articles
     * @param averagePrecision average precision over all the judged relevant articles
     * @param precision10 the share of relevant articles among the first 10
     * @param recall100 the share of the relevant articles found among the first 100
     */
    public record Scores(double ndcg10, double averagePrecision, double precision10, double recall100) {
        /**
         * {@return the mean of each measure over several rankings (zeros for none), as trec_eval averages topics}
         *
         * @param all the scores of each ranking
         */
        public static Scores mean(List<Scores> all) {
            int n = Math.max(1, all.size());
            return new Scores(all.stream().mapToDouble(Scores::ndcg10).sum() / n,
                    all.stream().mapToDouble(Scores::averagePrecision).sum() / n,
                    all.stream().mapToDouble(Scores::precision10).sum() / n,
                    all.stream().mapToDouble(Scores::recall100).sum() / n);
        }
    }

    /**
     * One judged topic.
     *
     * @param id the topic id
     * @param query its query
     * @param lede lede's scores
     * @param baseline the baseline's scores
     */
    public record Topic(String id, String query, Scores lede, Scores baseline) {}

    /** Scores holding a copy of the given topics. */
    public RankingScores {
        topics = List.copyOf(topics);
    }
}
