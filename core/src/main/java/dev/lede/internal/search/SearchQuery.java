package dev.lede.internal.search;

import dev.lede.IndexUnusableException;
import dev.lede.Name;
import dev.lede.Search;
import dev.lede.internal.index.ArticleDocuments;
import dev.lede.internal.index.Fields;
import dev.lede.internal.parse.ArticleIds;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/** A {@link Search}'s filters as Lucene FILTER clauses (matching without scoring), and its order as a Lucene sort. */
final class SearchQuery {
    private SearchQuery() {}

    /** The query (every article when null) narrowed by the search's filters; their scores are the query's alone. */
    static Query filtered(Query query, Search search) {
        if (search.unfiltered()) {
            return query == null ? MatchAllDocsQuery.INSTANCE : query;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder().add(query == null ? MatchAllDocsQuery.INSTANCE : query,
                BooleanClause.Occur.MUST);
        for (Name name : search.names()) {
            String dimension = name.type().label();
            all.add(new TermQuery(DrillDownQuery.term(Fields.FACETS.getDimConfig(dimension).indexFieldName, dimension, name.text())),
                    BooleanClause.Occur.FILTER);
        }
        anyOf(all, search.sources(), source -> new TermQuery(Fields.sourceTerm(ArticleIds.site(source.strip()))));
        anyOf(all, search.ids(), id -> new TermQuery(new Term(Fields.ID, id)));
        if (search.from() != null || search.to() != null) {
            all.add(IntPoint.newRangeQuery(Fields.PUBLISHED, search.from() == null ? Integer.MIN_VALUE : ArticleDocuments.day(search.from()),
                    search.to() == null ? Integer.MAX_VALUE : ArticleDocuments.day(search.to())), BooleanClause.Occur.FILTER);
        }
        return all.build();
    }

    private static void anyOf(BooleanQuery.Builder all, List<String> values, Function<String, Query> each) {
        if (!values.isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            values.forEach(value -> any.add(each.apply(value), BooleanClause.Occur.SHOULD));
            all.add(any.build(), BooleanClause.Occur.FILTER);
        }
    }

    /** By date, read from the dates' doc values, the best match first within a day; undated articles last either way. */
    static Sort byDate(boolean newestFirst) {
        SortField date = new SortField(Fields.PUBLISHED, SortField.Type.INT, newestFirst);
        date.setMissingValue(newestFirst ? Integer.MIN_VALUE : Integer.MAX_VALUE);
        return new Sort(date, SortField.FIELD_SCORE);
    }

    /** Refuses a sort by date on an index written before dates had doc values, where Lucene could not sort. */
    static void requireDateValues(IndexReader reader) {
        if (!hasDateValues(reader)) {
            throw new IndexUnusableException("This index was written by an earlier version of lede, which kept no dates"
                    + " to sort by; sort by relevance, or index the articles again into a new index.");
        }
    }

    /** Whether every segment that has dates keeps them as doc values (an index written before did not). */
    static boolean hasDateValues(IndexReader reader) {
        for (LeafReaderContext leaf : reader.leaves()) {
            FieldInfo published = leaf.reader().getFieldInfos().fieldInfo(Fields.PUBLISHED);
            if (published != null && published.getDocValuesType() == DocValuesType.NONE) {
                return false;
            }
        }
        return true;
    }
}
