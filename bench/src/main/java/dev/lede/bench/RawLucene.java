package dev.lede.bench;

import dev.lede.Article;
import dev.lede.internal.index.LedeAnalyzer;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The anchor: the straightforward program a competent Lucene user writes for the same job, with the
 * same analyzer and fields: id, title, body, link, the link's site as a filter field, and the date. IndexWriter and addDocument; IndexSearcher, BM25 over title and
 * body, UnifiedHighlighter for two-passage snippets.
 */
final class RawLucene implements Closeable {
    private static final FieldType BODY = new FieldType(TextField.TYPE_STORED);

    static {
        BODY.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        BODY.freeze();
    }

    /** How many places below a hit its copies may rank and still be folded into it: lede's reach. */
    private static final int REACH = dev.lede.internal.search.CopyGroups.REACH;

    private final Analyzer analyzer = new LedeAnalyzer();
    private final FSDirectory directory;
    private final boolean storyKeys;
    private IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    private UnifiedHighlighter highlighter;

    RawLucene(Path path) throws IOException {
        this(path, false);
    }

    /**
     * With {@code storyKeys}, each article also gets its text's hash as a number column ("story"), so that copies of
     * one text can be folded as lede folds near-copies ({@link #searchFolded}).
     */
    RawLucene(Path path, boolean storyKeys) throws IOException {
        directory = FSDirectory.open(path);
        this.storyKeys = storyKeys;
    }

    void add(Article article) throws IOException {
        if (writer == null) {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64));
        }
        Document doc = document(article);
        if (storyKeys) {
            doc.add(new NumericDocValuesField("story", article.body().hashCode()));
        }
        writer.addDocument(doc);
    }

    static Document document(Article article) {
        Document doc = new Document();
        doc.add(new StringField("id", article.id(), Field.Store.YES));
        doc.add(new TextField("title", article.title(), Field.Store.YES));
        doc.add(new Field("body", article.body(), BODY));
        doc.add(new StoredField("link", article.link()));
        doc.add(new StringField("source", host(article.link()), Field.Store.NO));
        if (article.published() != null) {
            int day = article.published().getYear() * 10000 + article.published().getMonthValue() * 100 + article.published().getDayOfMonth();
            doc.add(new IntPoint("published", day));
            doc.add(new NumericDocValuesField("published", day)); // for sorting by date, as lede's date field has
            doc.add(new StoredField("published", article.published().toString()));
        }
        return doc;
    }

    private static String host(String link) {
        try {
            String host = java.net.URI.create(link).getHost();
            return host == null ? "" : host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** Commits and closes the writer, which waits for running merges. */
    void commit() throws IOException {
        writer.commit();
        writer.close();
        writer = null;
    }

    /** The classic query parser over title (x2) and body. */
    static Query parse(String text, Analyzer analyzer) {
        try {
            return new MultiFieldQueryParser(new String[] {"title", "body"}, analyzer, Map.of("title", 2f, "body", 1f)).parse(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Newest first, best match first within a day, as a date-sorted search page wants. */
    static final Sort NEWEST = new Sort(new SortField("published", SortField.Type.INT, true), SortField.FIELD_SCORE);

    /** Top 10 with snippets: what a search page needs. */
    List<String> search(String text) throws IOException {
        return search(text, null, 0);
    }

    /** The 10 hits after {@code offset} in this order (null: by score), with snippets: a later page of a search. */
    List<String> search(String text, Sort order, int offset) throws IOException {
        if (searcher == null) {
            open();
        }
        Query query = parse(text, analyzer);
        TopDocs all = order == null ? searcher.search(query, offset + 10) : searcher.search(query, offset + 10, order, true);
        ScoreDoc[] page = Arrays.copyOfRange(all.scoreDocs, Math.min(offset, all.scoreDocs.length), all.scoreDocs.length);
        TopDocs top = new TopDocs(all.totalHits, page);
        String[] snippets = highlighter.highlight("body", query, top, 2);
        StoredFields stored = searcher.storedFields();
        List<String> hits = new ArrayList<>();
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc hit = top.scoreDocs[i];
            Document doc = stored.document(hit.doc);
            hits.add(doc.get("title") + " " + doc.get("link") + " " + snippets[i]);
        }
        return hits;
    }

    /**
     * Lede's default page done by hand with an exact key: the best matches (twice the page and the reach, doubled until
     * the page is full), each hit folded into the best-ranked earlier hit of the same story within the reach, ten
     * stories with snippets, and each story's copies' titles and links read to name them.
     */
    List<String> searchFolded(String text) throws IOException {
        if (searcher == null) {
            open();
        }
        Query query = parse(text, analyzer);
        int window = 2 * 10 + REACH;
        while (true) {
            TopDocs all = searcher.search(query, window);
            ScoreDoc[] best = all.scoreDocs;
            long[] keys = storyKeys(best);
            int[] leaderOf = new int[best.length];
            List<Integer> leaders = new ArrayList<>();
            for (int i = 0; i < best.length; i++) {
                leaderOf[i] = i;
                for (int leader = Math.max(0, i - REACH); leader < i; leader++) {
                    if (leaderOf[leader] == leader && keys[leader] == keys[i]) {
                        leaderOf[i] = leader;
                        break;
                    }
                }
                if (leaderOf[i] == i) {
                    leaders.add(i);
                }
            }
            List<Integer> shown = leaders.subList(0, Math.min(10, leaders.size()));
            boolean complete = leaders.size() >= 10 && shown.get(shown.size() - 1) + REACH < best.length;
            if (!complete && best.length == window) {
                window *= 2;
                continue;
            }
            ScoreDoc[] page = shown.stream().map(i -> best[i]).toArray(ScoreDoc[]::new);
            String[] snippets = highlighter.highlight("body", query, new TopDocs(all.totalHits, page), 2);
            StoredFields stored = searcher.storedFields();
            List<String> hits = new ArrayList<>();
            for (int s = 0; s < page.length; s++) {
                Document doc = stored.document(page[s].doc);
                StringBuilder hit = new StringBuilder(doc.get("title") + " " + doc.get("link") + " " + snippets[s]);
                for (int i = 0; i < best.length; i++) {
                    if (leaderOf[i] == shown.get(s) && i != shown.get(s)) {
                        Document copy = stored.document(best[i].doc, java.util.Set.of("id", "title", "link"));
                        hit.append(" + ").append(copy.get("id")).append(' ').append(copy.get("title")).append(' ').append(copy.get("link"));
                    }
                }
                hits.add(hit.toString());
            }
            return hits;
        }
    }

    /** The hits' story keys, read from the column. */
    private long[] storyKeys(ScoreDoc[] hits) throws IOException {
        long[] keys = new long[hits.length];
        List<org.apache.lucene.index.LeafReaderContext> leaves = reader.leaves();
        for (int i = 0; i < hits.length; i++) {
            org.apache.lucene.index.LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(hits[i].doc, leaves));
            org.apache.lucene.index.NumericDocValues values = leaf.reader().getNumericDocValues("story");
            keys[i] = values != null && values.advanceExact(hits[i].doc - leaf.docBase) ? values.longValue() : -i - 1L;
        }
        return keys;
    }

    private synchronized void open() throws IOException {
        if (searcher == null) {
            reader = DirectoryReader.open(directory);
            highlighter = UnifiedHighlighter.builder(new IndexSearcher(reader), analyzer).build();
            searcher = new IndexSearcher(reader);
        }
    }

    @Override
    public void close() throws IOException {
        if (reader != null) {
            reader.close();
        }
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}
