package dev.lede.internal.eval;

import dev.lede.internal.index.Fields;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.Bits;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * What a newcomer to Lucene writes: StandardAnalyzer, one catch-all field of title and body, BM25
 * with default parameters, the query parsed by the classic parser. Built in memory from the articles
 * of a lede index, so both rank the same articles.
 */
public final class BaselineRanker implements Closeable {
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private final DirectoryReader reader;

    public BaselineRanker(IndexReader lede) throws IOException {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            StoredFields stored = lede.storedFields();
            Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(lede);
            for (int doc = 0; doc < lede.maxDoc(); doc++) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document article = stored.document(doc);
                Document plain = new Document();
                plain.add(new StringField("id", article.get(Fields.ID), Field.Store.YES));
                plain.add(new TextField("text", article.get(Fields.TITLE) + "\n" + article.get(Fields.BODY), Field.Store.NO));
                writer.addDocument(plain);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    /** Article ids, best first. */
    public List<String> rank(String query, int depth) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        try {
            ScoreDoc[] hits = searcher.search(new QueryParser("text", analyzer).parse(QueryParser.escape(query)), depth).scoreDocs;
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : hits) {
                ids.add(stored.document(hit.doc).get("id"));
            }
        } catch (ParseException e) {
            return ids;
        }
        return ids;
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
