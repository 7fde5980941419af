package dev.lede;

import java.util.Map;

/**
 * How well name extraction agrees with labelled articles: precision, recall and F1 per type and
 * overall, over the sets of canonical names per article (micro-averaged).
 *
 * @param articles how many labelled articles were scored
 * @param byType counts per name type
 * @param overall counts over all types (a name must have the right type to count as found)
 */
public record NameScores(int articles, Map<NameType, Counts> byType, Counts overall) {
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
    }
}
