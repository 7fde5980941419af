package dev.lede.internal.search;

import dev.lede.Copy;
import dev.lede.Origin;
import dev.lede.internal.index.CopySignature;
import dev.lede.internal.index.Fields;
import dev.lede.internal.parse.ArticleIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Near-copies among search hits: the hits of one story folded into its best-ranked one. Works on the hits a page
 * needs (and some more), never on all matches: their signatures are read from the index's column. A copy folds into
 * a hit ranked at most {@link #REACH} places above it, so that which hits a page shows depends on the ranking alone,
 * not on how many were read: a copy ranked further down is a hit of its own. Copies of one text score alike and rank
 * together; looking up every match that may copy the hits shown, as well, made a search half as slow again. Hits
 * are compared by signature directly: at most {@link #REACH} comparisons of {@value CopySignature#HASHES} bytes a hit.
 */
public final class CopyGroups {
    /** How many places below a hit its copies may rank and still be folded into it. */
    public static final int REACH = 10;
    /** How many best matches of the search for an article's words {@link #of} compares with it, at most. */
    static final int COPIES_READ = 1_000;
    private static final Set<String> COPY_FIELDS = Set.of(Fields.ID, Fields.TITLE, Fields.LINK, Fields.ORIGIN_PATH, Fields.ORIGIN_LINE);

    private final IndexSearcher searcher;

    CopyGroups(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Whether the index keeps signatures: one written before copies were detected is searched without grouping. */
    static boolean kept(IndexReader reader) {
        return FieldInfos.getMergedFieldInfos(reader).fieldInfo(Fields.COPY_SIGNATURE) != null;
    }

    /** The signature of one article, or {@code null} when it has none. */
    byte[] signature(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.COPY_SIGNATURE);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        BytesRef bytes = values.binaryValue();
        return CopySignature.decode(bytes.bytes, bytes.offset, bytes.length);
    }

    /** The hits' signatures, read in document order with one reader of the column per segment. */
    private void read(ScoreDoc[] hits, byte[][] signatures) throws IOException {
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues values = null;
        for (int i : order) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = leaf.reader().getBinaryDocValues(Fields.COPY_SIGNATURE);
            }
            if (values != null && values.advanceExact(doc - leaf.docBase)) {
                BytesRef bytes = values.binaryValue();
                signatures[i] = CopySignature.decode(bytes.bytes, bytes.offset, bytes.length);
            }
        }
    }

    /**
     * The hits in order, each either leading its story or a copy of an earlier leader: {@code leaderOf[i]} is the
     * position of hit {@code i}'s leader, {@code i} itself for a leader. A hit joins the best-ranked earlier leader
     * within {@link #REACH} places that it copies; at most {@link #REACH} signatures are compared a hit.
     */
    int[] leaders(ScoreDoc[] hits, byte[][] signatures) throws IOException {
        read(hits, signatures);
        return leaders(signatures);
    }

    /**
     * The same for hits whose signatures are known ({@code null}: none), best first: what a search of a SolrCloud
     * collection folds by as well.
     */
    public static int[] leaders(byte[][] signatures) {
        int[] leaderOf = new int[signatures.length];
        for (int i = 0; i < signatures.length; i++) {
            leaderOf[i] = i;
            if (signatures[i] == null) {
                continue;
            }
            for (int leader = Math.max(0, i - REACH); leader < i; leader++) {
                if (leaderOf[leader] == leader && CopySignature.copies(signatures[i], signatures[leader])) {
                    leaderOf[i] = leader;
                    break;
                }
            }
        }
        return leaderOf;
    }

    /** The copies of each shown leader ({@code shown}: positions in {@code hits}), in their order. */
    List<List<Copy>> copies(ScoreDoc[] hits, int[] leaderOf, int[] shown) throws IOException {
        Map<Integer, Integer> shownIndex = new HashMap<>();
        List<List<Copy>> copies = new ArrayList<>();
        for (int s = 0; s < shown.length; s++) {
            shownIndex.put(shown[s], s);
            copies.add(new ArrayList<>());
        }
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < hits.length; i++) {
            Integer s = shownIndex.get(leaderOf[i]);
            if (s != null && leaderOf[i] != i) {
                copies.get(s).add(copy(stored, hits[i].doc));
            }
        }
        return copies;
    }

    /**
     * Every other article of the index that is a near-copy of this one, in the order {@code candidates} ranks them: a
     * query for the article's own words, which ranks its copies, sharing nearly all of them, first. The best
     * {@link #COPIES_READ} matches are compared by signature.
     */
    List<Copy> of(int doc, Query candidates) throws IOException {
        byte[] signature = signature(doc);
        if (signature == null) {
            return List.of();
        }
        ScoreDoc[] matches = searcher.search(candidates, COPIES_READ).scoreDocs;
        byte[][] signatures = new byte[matches.length][];
        read(matches, signatures);
        StoredFields stored = searcher.storedFields();
        List<Copy> copies = new ArrayList<>();
        for (int i = 0; i < matches.length; i++) {
            if (matches[i].doc != doc && CopySignature.copies(signature, signatures[i])) {
                copies.add(copy(stored, matches[i].doc));
            }
        }
        return copies;
    }

    private static Copy copy(StoredFields stored, int doc) throws IOException {
        Document fields = stored.document(doc, COPY_FIELDS);
        String path = fields.get(Fields.ORIGIN_PATH);
        Number line = fields.getField(Fields.ORIGIN_LINE) == null ? null : fields.getField(Fields.ORIGIN_LINE).numericValue();
        String link = fields.get(Fields.LINK) == null ? "" : fields.get(Fields.LINK);
        return new Copy(fields.get(Fields.ID), fields.get(Fields.TITLE), ArticleIds.sourceOf(link),
                path == null ? null : new Origin(path, line == null ? 0 : line.longValue()));
    }
}
