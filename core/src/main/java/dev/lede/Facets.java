package dev.lede;

import java.util.List;
import java.util.Map;

/**
 * The most frequent names and sources among a set of articles, and when they were published.
 *
 * @param articles how many articles were counted
 * @param names the top names of each type, most frequent first
 * @param sources the top sources, most frequent first
 * @param published how many articles were published in each month ({@code 2024-06}), newest first, or in each year
 *     ({@code 2024}) when the dated ones span more than {@value #MONTHS_SPANNED} months; then {@value #NO_DATE} for
 *     those without a date, if any. Every month or year with articles is listed, none without. Empty when nothing
 *     matched, and for an index written by a version of lede that kept no dates to count
 */
public record Facets(long articles, Map<NameType, List<FacetCount>> names, List<FacetCount> sources, List<FacetCount> published) {
    /** The longest span, in months, that is counted by month; a longer one is counted by year. */
    public static final int MONTHS_SPANNED = 36;
    /** The value under which articles without a date are counted. */
    public static final String NO_DATE = "no date";

    /** Facets holding copies of the given counts. */
    public Facets {
        names = Map.copyOf(names);
        sources = List.copyOf(sources);
        published = List.copyOf(published);
    }

    /**
     * Counts without dates.
     *
     * @param articles how many articles were counted
     * @param names the top names of each type, most frequent first
     * @param sources the top sources, most frequent first
     */
    public Facets(long articles, Map<NameType, List<FacetCount>> names, List<FacetCount> sources) {
        this(articles, names, sources, List.of());
    }
}
