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
        return new Facets(articles, names, sources, articles > 0 ? published(reader, collected) : List.of());
    }

    /**
     * How many of the collected articles were published in each month, newest first, or in each year when they span
     * more than {@link Facets#MONTHS_SPANNED} months; then the undated. Read from the dates' doc values, not the stored
     * fields, so it costs a column read per match.
     */
    static List<FacetCount> published(IndexReader reader, FacetsCollector collected) throws IOException {
        if (!SearchQuery.hasDateValues(reader)) {
            return List.of(); // written before dates had doc values: they cannot be counted this way
        }
        java.util.TreeMap<Integer, Integer> months = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        int undated = 0;
        for (FacetsCollector.MatchingDocs matching : collected.getMatchingDocs()) {
            if (matching.totalHits() == 0) {
                continue;
            }
            org.apache.lucene.index.NumericDocValues dates = matching.context().reader().getNumericDocValues(Fields.PUBLISHED);
            org.apache.lucene.search.DocIdSetIterator docs = matching.bits().iterator();
            for (int doc = docs.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (dates != null && dates.advanceExact(doc)) {
                    months.merge((int) (dates.longValue() / 100), 1, Integer::sum); // yyyymmdd to yyyymm
                } else {
                    undated++;
                }
            }
        }
        return byPeriod(months, undated);
    }

    /**
     * Articles per month ({@code yyyymm} keys), newest first, or per year when they span more than
     * {@link Facets#MONTHS_SPANNED} months; then the undated, under {@link Facets#NO_DATE}. For any engine that counts
     * the months (lede-solr too).
     */
    public static List<FacetCount> byPeriod(java.util.Map<Integer, Integer> monthCounts, int undated) {
        java.util.TreeMap<Integer, Integer> months = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        months.putAll(monthCounts);
        List<FacetCount> counts = new ArrayList<>();
        if (!months.isEmpty()) {
            int newest = months.firstKey();
            int oldest = months.lastKey();
            int spanned = (newest / 100 - oldest / 100) * 12 + newest % 100 - oldest % 100 + 1;
            if (spanned <= Facets.MONTHS_SPANNED) {
                months.forEach((month, n) -> counts.add(new FacetCount(String.format(java.util.Locale.ROOT, "%04d-%02d", month / 100, month % 100), n)));
            } else {
                java.util.TreeMap<Integer, Integer> years = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
                months.forEach((month, n) -> years.merge(month / 100, n, Integer::sum));
                years.forEach((year, n) -> counts.add(new FacetCount(String.format(java.util.Locale.ROOT, "%04d", year), n)));
            }
        }
        if (undated > 0) {
            counts.add(new FacetCount(Facets.NO_DATE, undated));
        }
        return counts;
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
