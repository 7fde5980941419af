package dev.lede;

import java.util.List;

/**
 * The answer to one query.
 *
 * @param query the query as given
 * @param total how many articles match in all (the hits are the best of them); counted exactly up to
 *     {@value #EXACT_COUNT_LIMIT}, beyond which it is a lower bound
 * @param totalExact whether {@code total} is exact
 * @param hits the best matches, best first
 */
public record SearchResults(String query, long total, boolean totalExact, List<Hit> hits) {
    /**
     * Counting every match of a frequent word costs more than finding the best ten (it stops Lucene skipping
     * articles that cannot make the top); past this, as Lucene does by default, lede stops counting.
     */
    public static final int EXACT_COUNT_LIMIT = 1_000;

    /** Results holding a copy of the given hits. */
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
