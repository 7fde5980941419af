package dev.lede;

import java.time.LocalDate;
import java.util.List;

/**
 * What an index holds.
 *
 * @param articles how many articles
 * @param bytes the size of the index directory on disk
 * @param sources the sites with the most articles, most first
 * @param firstPublished the earliest publication date, or {@code null} when no article has one
 * @param lastPublished the latest publication date, or {@code null}
 * @param undated how many articles have no publication date
 */
public record IndexStats(int articles, long bytes, List<FacetCount> sources, LocalDate firstPublished,
        LocalDate lastPublished, int undated) {
    /** Statistics holding a copy of the given sources. */
    public IndexStats {
        sources = List.copyOf(sources);
    }
}
