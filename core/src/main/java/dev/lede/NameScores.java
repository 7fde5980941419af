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
    /**
     * True positives, false positives and false negatives, and the scores they give.
     *
     * @param found names found that the labels have (true positives)
     * @param wrong names found that the labels do not have (false positives)
     * @param missed names the labels have that were not found (false negatives)
     */
    public record Counts(int found, int wrong, int missed) {
        /** {@return the share of names found that are right; 1 when none were found} */
        public double precision() {
            return found + wrong == 0 ? 1.0 : (double) found / (found + wrong);
        }

        /** {@return the share of labelled names that were found; 1 when there are none} */
        public double recall() {
            return found + missed == 0 ? 1.0 : (double) found / (found + missed);
        }

        /** {@return the harmonic mean of precision and recall} */
        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

    }

    /** Scores holding copies of the given maps. */
    public NameScores {
        byType = Map.copyOf(byType);
        mentionsByType = mentionsByType == null ? null : Map.copyOf(mentionsByType);
    }

    /**
     * Scores over the sets of names per article only.
     *
     * @param articles how many labelled articles were scored
     * @param byType counts per name type
     * @param overall counts over all types
     */
    public NameScores(int articles, Map<NameType, Counts> byType, Counts overall) {
        this(articles, byType, overall, null, null);
    }
}
