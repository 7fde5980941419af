package dev.lede;

import java.util.List;
import java.util.Map;

/**
 * The most frequent names and sources among a set of articles.
 *
 * @param articles how many articles were counted
 * @param names the top names of each type, most frequent first
 * @param sources the top sources, most frequent first
 */
public record Facets(long articles, Map<NameType, List<FacetCount>> names, List<FacetCount> sources) {
    /** Facets holding copies of the given counts. */
    public Facets {
        names = Map.copyOf(names);
        sources = List.copyOf(sources);
    }
}
