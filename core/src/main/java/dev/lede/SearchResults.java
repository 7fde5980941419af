package dev.lede;

import java.util.List;

/**
 * The answer to one query.
 *
 * @param query the query as given
 * @param total how many articles match in all (the hits are the best of them)
 * @param hits the best matches, best first
 */
public record SearchResults(String query, long total, List<Hit> hits) {
    public SearchResults {
        hits = List.copyOf(hits);
    }
}
