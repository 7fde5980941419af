package dev.lede.internal.search;

import dev.lede.FacetCount;
import dev.lede.Facets;
import dev.lede.NameType;
import dev.lede.internal.index.Fields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** Counts names and sources over the articles a query matches (Lucene's sorted-set facets). */
public final class FacetCounter {
    private FacetCounter() {}

    private static final int EXCLUDED_ROOM = 20;

    /** The top {@code top} values of each facet among the articles matching {@code query}; {@code exclude} is left out. */
    public static Facets count(IndexReader reader, Query query, int top, String exclude) throws IOException {
        return countWithout(reader, query, top, exclude == null ? value -> false : exclude::equals);
    }

    /** The top {@code top} values of each facet among the articles matching {@code query}, names {@code exclude} accepts left out. */
    public static Facets countWithout(IndexReader reader, Query query, int top, java.util.function.Predicate<String> exclude)
            throws IOException {
        if (top < 1) {
            // Lucene refuses it too, but as the same exception as a dimension no article has, which means "none".
            throw new IllegalArgumentException("top must be 1 or more, not " + top);
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        FacetsCollector collected = searcher.search(query, new FacetsCollectorManager());
        long articles = collected.getMatchingDocs().stream().mapToLong(m -> m.totalHits()).sum();
        Map<NameType, List<FacetCount>> names = new EnumMap<>(NameType.class);
        List<FacetCount> sources = List.of();
        if (articles > 0 && hasFacets(reader)) {
            SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(
                    new DefaultSortedSetDocValuesReaderState(reader, Fields.FACETS), collected);
            for (NameType type : NameType.values()) {
                names.put(type, top(counts, type.label(), top, exclude));
            }
            sources = top(counts, Fields.SOURCE, top, value -> false);
        } else {
            for (NameType type : NameType.values()) {
                names.put(type, List.of());
            }
        }
        return new Facets(articles, names, sources);
    }

    private static List<FacetCount> top(SortedSetDocValuesFacetCounts counts, String dim, int top,
            java.util.function.Predicate<String> exclude) throws IOException {
        FacetResult result;
        try {
            // Enough more than asked for that the names left out do not shorten the list.
            result = counts.getTopChildren(top + EXCLUDED_ROOM, dim);
        } catch (IllegalArgumentException noSuchDimension) {
            return List.of();
        }
        List<FacetCount> values = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue value : result.labelValues) {
                if (!exclude.test(value.label) && values.size() < top) {
                    values.add(new FacetCount(value.label, value.value.intValue()));
                }
            }
        }
        return values;
    }

    private static boolean hasFacets(IndexReader reader) {
        return reader.leaves().stream().anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo("$facets") != null);
    }
}
