package dev.lede.internal.eval;

import dev.lede.Feedback;
import dev.lede.internal.index.ArticleDocuments;
import dev.lede.internal.index.Fields;
import dev.lede.internal.search.ArticleSearcher;
import dev.lede.internal.index.LedeAnalyzer;
import dev.lede.internal.search.LedeQueryParser;
import java.lang.management.ManagementFactory;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.*;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.store.*;
import org.apache.lucene.util.BytesRef;

/**
 * Latency of query shapes, for EVALUATION.md: {@code QueryShapeLatency INDEX COPIES QUERIES} copies a lede index's
 * articles COPIES times, in lede's document layout, into /tmp/rank/lat-idx-COPIES and times plain Lucene's shape
 * ("raw", title x2 + body), BM25F by Lucene's combined-field query ("bm25f", lede before {@link Fields#WORDS}), lede's
 * parser ("lede") and lede with feedback ("fb"), one after another per query, by thread CPU time. With
 * {@code -Dsnip=1}, each also makes two-passage snippets and reads the hits' stored fields; "lede" and "fb" are then
 * the product's own search with snippets ({@link ArticleSearcher}). {@code -Dout=DIR} writes the copy under DIR
 * instead; {@code -Dnolead=1} leaves out the text's lead indexed a second time (the layout of format 4); {@code
 * -Dnosignatures=1} the near-copy signatures, without which the product does not group the copies. Not a test.
 */
public class QueryShapeLatency {
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    public static void main(String[] a) throws Exception {
        Analyzer an = new LedeAnalyzer();
        int copies = Integer.parseInt(a[1]);
        boolean withoutLead = System.getProperty("nolead") != null;
        // The copies are exact copies of each other: with their signatures, the product folds each hit's copies into it
        // and reads ever more hits to fill a page, which no real index asks of it.
        boolean signatures = System.getProperty("nosignatures") == null;
        Path out = Path.of(System.getProperty("out", "/tmp/rank"))
                .resolve("lat-idx-" + copies + (withoutLead ? "-nolead" : "") + (signatures ? "" : "-nosig"));
        if (!Files.exists(out)) {
            try (DirectoryReader in = DirectoryReader.open(FSDirectory.open(Path.of(a[0])));
                 IndexWriter w = new IndexWriter(FSDirectory.open(out), new IndexWriterConfig(an).setRAMBufferSizeMB(256))) {
                StoredFields st = in.storedFields();
                for (int c = 0; c < copies; c++) {
                    for (int i = 0; i < in.maxDoc(); i++) {
                        dev.lede.Article d = ArticleDocuments.read(i, st).article();
                        // lede's own document layout, the article under another id; the text also indexed in a field of its
                        // own (as before format 4), which the raw and combined-field shapes search
                        Document doc = ArticleDocuments.toDocument(new dev.lede.Article(d.id() + "-" + c, d.title(), d.body(), d.link(),
                                d.published(), d.names()), "0", null, null, signatures);
                        doc.add(new Field(Fields.BODY, d.body(), TEXT_WITH_OFFSETS));
                        if (withoutLead) { // the layout of format 4: the lead, the last value of the words, not indexed again
                            List<IndexableField> words = new ArrayList<>(List.of(doc.getFields(Fields.WORDS)));
                            doc.removeFields(Fields.WORDS);
                            words.subList(0, words.size() - 1).forEach(doc::add);
                        }
                        w.addDocument(doc);
                    }
                }
                w.forceMerge(1);
            }
        }
        try (DirectoryReader r = DirectoryReader.open(FSDirectory.open(out))) {
            IndexSearcher s = new IndexSearcher(r);
            // lede's own shape scored as the product scores it (its ranking function); the others by Lucene's BM25.
            IndexSearcher ranked = new IndexSearcher(r);
            ranked.setSimilarity(ArticleSearcher.RANKING);
            // queries: 1-3 body terms with df between 0.1% and 10%
            List<String> pool = new ArrayList<>();
            TermsEnum te = MultiTerms.getTerms(r, Fields.BODY).iterator();
            for (BytesRef t = te.next(); t != null; t = te.next()) {
                int df = te.docFreq();
                String w = t.utf8ToString();
                if (df > r.maxDoc() * 0.001 && df < r.maxDoc() * 0.1 && w.matches("[a-z]{3,}")) pool.add(w);
            }
            Random rnd = new Random(42);
            int n = Integer.parseInt(a[2]);
            List<String> qs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = 1 + rnd.nextInt(3);
                StringBuilder b = new StringBuilder();
                for (int j = 0; j < k; j++) b.append(j > 0 ? " " : "").append(pool.get(rnd.nextInt(pool.size())));
                qs.add(b.toString());
            }
            var mx = ManagementFactory.getThreadMXBean();
            boolean snip = System.getProperty("snip") != null;
            var uh = org.apache.lucene.search.uhighlight.UnifiedHighlighter.builder(s, an).withMaxNoHighlightPassages(1).build();
            String[] shapes = {"raw", "bm25f", "lede", "fb"};
            ArticleSearcher product = new ArticleSearcher(r, an);
            long[][] times = new long[4][];
            for (int round = 0; round < 4; round++) {
                for (int sh = 0; sh < 4; sh++) times[sh] = new long[n];
                for (int i = 0; i < n; i++) {
                    for (int k = 0; k < 4; k++) {
                        int sh = (i + k + round) % 4;
                        String shape = shapes[sh];
                        long t0 = mx.getCurrentThreadCpuTime();
                        if (shape.equals("fb")) {
                            if (snip) product.search(dev.lede.Search.of(qs.get(i)).withFeedback(Feedback.DEFAULT)); else product.rank(qs.get(i), 10, Feedback.DEFAULT);
                        } else if (snip && shape.equals("lede")) {
                            product.search(qs.get(i), 10);
                        } else {
                            Query q = shape(shape, qs.get(i), an);
                            TopDocs td = (shape.equals("lede") ? ranked : s).search(q, new TopScoreDocCollectorManager(10, 1000));
                            if (snip) {
                                uh.highlight(Fields.BODY, q, td, 2);
                                StoredFields sf = s.storedFields();
                                for (ScoreDoc sd : td.scoreDocs) sf.document(sd.doc);
                            }
                        }
                        times[sh][i] = mx.getCurrentThreadCpuTime() - t0;
                    }
                }
                if (round == 0) continue; // warm-up
                StringBuilder line = new StringBuilder("round " + round + " docs " + r.maxDoc());
                for (int sh = 0; sh < 4; sh++) {
                    long[] t = times[sh].clone();
                    Arrays.sort(t);
                    line.append(String.format("  %s p50 %.3f p99 %.3f mean %.3f ms", shapes[sh], t[n / 2] / 1e6, t[n * 99 / 100] / 1e6, Arrays.stream(t).average().orElse(0) / 1e6));
                }
                System.out.println(line);
            }
        }
    }

    static Query shape(String shape, String q, Analyzer an) throws Exception {
        if (shape.equals("lede")) return LedeQueryParser.parse(q, an).query();
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String w : q.split(" ")) {
            String t = new org.apache.lucene.util.QueryBuilder(an).createBooleanQuery(Fields.BODY, w) instanceof TermQuery tq ? tq.getTerm().text() : w;
            if (shape.equals("bm25f")) {
                b.add(new CombinedFieldQuery.Builder(t).addField(Fields.TITLE, Fields.HEADLINE_WEIGHT).addField(Fields.BODY, 1f).build(),
                        BooleanClause.Occur.SHOULD);
                continue;
            }
            b.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, t)), 2f), BooleanClause.Occur.SHOULD);
            b.add(new TermQuery(new Term(Fields.BODY, t)), BooleanClause.Occur.SHOULD);
        }
        return b.build();
    }
}
