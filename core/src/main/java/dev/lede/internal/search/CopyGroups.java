package dev.lede.internal.search;

import dev.lede.Copy;
import dev.lede.Origin;
import dev.lede.internal.index.CopySignature;
import dev.lede.internal.index.Fields;
import dev.lede.internal.parse.ArticleIds;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Near-copies among search hits: the hits of one story folded into its best-ranked one. Works on the hits a page
 * needs (and a few more), never on all matches: their signatures are read from the index's column, and the other
 * matching copies of the hits shown are found by one look-up of their band terms.
 */
final class CopyGroups {
    /**
     * Bands looked up for the copies of the hits shown beyond the window: a quarter of them, a quarter of the term
     * look-ups. Texts sharing 0.6 of their shingles still share one of them with probability 1 - (1 - 0.36)^8 = 0.97;
     * copies within the window are compared on all bands.
     */
    static final int LOOKUP_BANDS = 8;
    /** How many copies of the hits shown one look-up reads at most. */
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
    int[] signature(int doc) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        BinaryDocValues values = leaf.reader().getBinaryDocValues(Fields.COPY_SIGNATURE);
        if (values == null || !values.advanceExact(doc - leaf.docBase)) {
            return null;
        }
        BytesRef bytes = values.binaryValue();
        return CopySignature.decode(bytes.bytes, bytes.offset, bytes.length);
    }

    /**
     * The hits in order, each either leading its story or a copy of an earlier leader: {@code leaderOf[i]} is the
     * position of hit {@code i}'s leader, {@code i} itself for a leader. A hit joins the best-ranked earlier leader it
     * shares a band with and copies.
     */
    int[] leaders(ScoreDoc[] hits, int[][] signatures) throws IOException {
        int[] leaderOf = new int[hits.length];
        Map<Long, List<Integer>> leadersByBand = new HashMap<>();
        for (int i = 0; i < hits.length; i++) {
            signatures[i] = signature(hits[i].doc);
            leaderOf[i] = i;
            if (signatures[i] == null) {
                continue;
            }
            int best = Integer.MAX_VALUE;
            long[] bands = bandKeys(signatures[i]);
            for (long band : bands) {
                for (int leader : leadersByBand.getOrDefault(band, List.of())) {
                    if (leader < best && CopySignature.copies(signatures[i], signatures[leader])) {
                        best = leader;
                    }
                }
            }
            if (best != Integer.MAX_VALUE) {
                leaderOf[i] = best;
            } else {
                for (long band : bands) {
                    leadersByBand.computeIfAbsent(band, key -> new ArrayList<>(1)).add(i);
                }
            }
        }
        return leaderOf;
    }

    /**
     * The copies of each shown leader: the window's own hits as {@link #leaders} grouped them, in their order, then
     * matches of {@code matching} beyond the window found by the leaders' band terms, in the index's order.
     *
     * @param shown positions in {@code hits} of the leaders shown
     * @param allMatches whether {@code hits} are all the matches, so that there are none beyond to look up
     */
    List<List<Copy>> copies(Query matching, ScoreDoc[] hits, int[][] signatures, int[] leaderOf, int[] shown, boolean allMatches)
            throws IOException {
        Map<Integer, Integer> shownIndex = new HashMap<>();
        Set<BytesRef> terms = new java.util.TreeSet<>();
        List<List<ScoreDoc>> found = new ArrayList<>();
        for (int s = 0; s < shown.length; s++) {
            shownIndex.put(shown[s], s);
            found.add(new ArrayList<>());
            if (signatures[shown[s]] != null) {
                terms.addAll(CopySignature.bandTerms(signatures[shown[s]], LOOKUP_BANDS));
            }
        }
        Set<Integer> inWindow = new java.util.HashSet<>();
        for (int i = 0; i < hits.length; i++) {
            inWindow.add(hits[i].doc);
            Integer s = shownIndex.get(leaderOf[i]);
            if (s != null && leaderOf[i] != i) {
                found.get(s).add(hits[i]);
            }
        }
        // Copies ranked beyond the window, unless the window holds every match.
        if (terms.isEmpty() || allMatches) {
            terms.clear();
        }
        // Copies ranked beyond the window: matches sharing a band with a leader shown, checked by signature. Both
        // clauses filter: nothing is scored, and the rare band terms lead the conjunction.
        Query sharing = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.FILTER)
                .add(new TermInSetQuery(Fields.COPY_BANDS, terms), BooleanClause.Occur.FILTER).build();
        for (ScoreDoc match : terms.isEmpty() ? new ScoreDoc[0] : searcher.search(sharing, COPIES_READ).scoreDocs) {
            if (inWindow.contains(match.doc)) {
                continue;
            }
            int[] signature = signature(match.doc);
            for (int s = 0; s < shown.length; s++) {
                if (CopySignature.copies(signature, signatures[shown[s]])) {
                    found.get(s).add(match);
                    break;
                }
            }
        }
        StoredFields stored = searcher.storedFields();
        List<List<Copy>> copies = new ArrayList<>();
        for (List<ScoreDoc> docs : found) {
            List<Copy> list = new ArrayList<>(docs.size());
            for (ScoreDoc doc : docs) {
                list.add(copy(stored, doc.doc));
            }
            copies.add(list);
        }
        return copies;
    }

    /** Every other article of the index that is a near-copy of this one, in the index's order. */
    List<Copy> of(int doc) throws IOException {
        int[] signature = signature(doc);
        if (signature == null) {
            return List.of();
        }
        List<BytesRef> terms = CopySignature.bandTerms(signature);
        StoredFields stored = searcher.storedFields();
        Set<Integer> docs = new LinkedHashSet<>();
        for (ScoreDoc match : searcher.search(new TermInSetQuery(Fields.COPY_BANDS, terms), COPIES_READ).scoreDocs) {
            if (match.doc != doc && CopySignature.copies(signature, signature(match.doc))) {
                docs.add(match.doc);
            }
        }
        List<Copy> copies = new ArrayList<>(docs.size());
        for (int copy : docs) {
            copies.add(copy(stored, copy));
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

    /** A key per band, as a number: equal bands give equal keys (and unequal ones rarely do; a match is checked). */
    private static long[] bandKeys(int[] signature) {
        long[] keys = new long[CopySignature.BANDS];
        for (int band = 0; band < CopySignature.BANDS; band++) {
            long key = band;
            for (int row = 0; row < CopySignature.ROWS; row++) {
                key = key * 0x9E3779B97F4A7C15L + signature[band * CopySignature.ROWS + row];
            }
            keys[band] = key;
        }
        return keys;
    }
}
