package dev.lede;

import java.util.Map;

/**
 * How well name extraction agrees with labelled articles: precision, recall and F1 per type and
 * overall, over the sets of canonical names per article (micro-averaged), and, for labels that
 * mark every mention in the text (CoNLL files), over the mentions themselves.
 *
 * @param articles how many labelled articles were scored
 * @param byType counts per name type, over each article's set of names
 * @param overall counts over all types (a name must have the right type to count as found)
 * @param mentionsByType counts per type over mentions (exact words and type, as CoNLL's
 *     {@code conlleval} counts them); null when the labels do not mark mentions
 * @param mentionsOverall counts over all mentions; null when the labels do not mark mentions
 */
public record NameScores(int articles, Map<NameType, Counts> byType, Counts overall,
        Map<NameType, Counts> mentionsByType, Counts mentionsOverall) {
    /** True positives, false positives and false negatives, and the scores they give. */
    public record Counts(int found, int wrong, int missed) {
        public double precision() {
            return found + wrong == 0 ? 1.0 : (double) found / (found + wrong);
        }

        public double recall() {
            return found + missed == 0 ? 1.0 : (double) found / (found + missed);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

    }

    public NameScores {
        byType = Map.copyOf(byType);
        mentionsByType = mentionsByType == null ? null : Map.copyOf(mentionsByType);
    }

    /** Scores over the sets of names per article only. */
    public NameScores(int articles, Map<NameType, Counts> byType, Counts overall) {
        this(articles, byType, overall, null, null);
    }
}
