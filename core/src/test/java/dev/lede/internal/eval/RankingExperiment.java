package dev.lede.internal.eval;

import dev.lede.internal.index.LedeAnalyzer;
import dev.lede.internal.index.Fields;
import dev.lede.internal.search.*;
import java.nio.file.*;
import java.util.*;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.*;
import org.apache.lucene.search.*;
import org.apache.lucene.search.similarities.*;
import org.apache.lucene.store.FSDirectory;

/**
 * The ranking variants of EVALUATION.md, run outside the product: {@code RankingExperiment INDEX TOPICS QRELS key=value...}
 * prints nDCG@10 over all, odd and even topic ids. {@code mode=lede} (default) is lede's own parser; {@code mode=sum}
 * adds per-field BM25 ({@code wt}, {@code wb}, {@code wn} weights, {@code k1}/{@code b}, {@code kt}/{@code bt}...);
 * {@code mode=bm25f} scores headline and text as one field; {@code prox}/{@code slop} a proximity clause; {@code u=1}
 * adds headline and text fields analysed without stemming, or with {@code -Dstem=porter|kstem|minimal} ({@code wu};
 * {@code only=1} searches those alone); {@code rm3=1} pseudo-relevance feedback ({@code fbDocs}, {@code fbTerms},
 * {@code fbscale}); {@code wl}, {@code lead} and {@code wh} lay out the field of plain words again with the text's lead
 * ({@link #withLead}); {@code per=1} prints each topic, {@code explain=QID} the top articles' scores; a
 * single argument {@code -} reads one variant per line of standard input. Not a test.
 */
public class RankingExperiment {
    static Map<String, String> p = new HashMap<>();
    static double d(String k, double def) { return p.containsKey(k) ? Double.parseDouble(p.get(k)) : def; }
    static String s(String k, String def) { return p.getOrDefault(k, def); }
    static Analyzer an = new LedeAnalyzer();
    static IndexReader reader; // the index searched, for lede's parser to know its names

    static List<String> terms(String field, String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = an.tokenStream(field, text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }

    static Query build(String q) throws Exception {
        String mode = s("mode", "lede");
        if (mode.equals("lede")) return LedeQueryParser.parse(q, an, reader).query();
        double wt = d("wt", 2), wb = d("wb", 1), wn = d("wn", 1.5);
        List<String> ws = new ArrayList<>(new LinkedHashSet<>(terms("body", q)));
        BooleanQuery.Builder sum = new BooleanQuery.Builder();
        if (d("only", 0) == 0) for (String w : ws) {
            if (mode.equals("bm25f")) {
                CombinedFieldQuery.Builder c = new CombinedFieldQuery.Builder(w);
                c.addField(Fields.TITLE, (float) wt).addField(Fields.BODY, (float) wb);
                if (wn > 0) c.addField(Fields.NAMES, (float) wn);
                sum.add(c.build(), BooleanClause.Occur.SHOULD);
                if (d("wns", 0) > 0) sum.add(new BoostQuery(new TermQuery(new Term(Fields.NAMES, w)), (float) d("wns", 0)), BooleanClause.Occur.SHOULD);
            } else {
                sum.add(new BoostQuery(new TermQuery(new Term(Fields.TITLE, w)), (float) wt), BooleanClause.Occur.SHOULD);
                sum.add(new BoostQuery(new TermQuery(new Term(Fields.BODY, w)), (float) wb), BooleanClause.Occur.SHOULD);
                if (wn > 0) sum.add(new BoostQuery(new TermQuery(new Term(Fields.NAMES, w)), (float) wn), BooleanClause.Occur.SHOULD);
            }
        }
        double wu = d("wu", 0);
        if (wu > 0) {
            for (String w : new LinkedHashSet<>(plainTerms(q))) {
                CombinedFieldQuery.Builder c = new CombinedFieldQuery.Builder(w);
                c.addField("title_u", (float) wt).addField("body_u", (float) wb);
                sum.add(new BoostQuery(c.build(), (float) wu), BooleanClause.Occur.SHOULD);
            }
        }
        Query words = sum.build();
        double prox = d("prox", 1);
        if (ws.size() < 2 || prox == 0) return words;
        int slop = (int) d("slop", 4);
        List<Query> near = new ArrayList<>();
        for (String f : s("proxf", "title,body").split(",")) {
            PhraseQuery.Builder pq = new PhraseQuery.Builder().setSlop(slop);
            int pos = 0;
            for (String w : terms(f, q)) pq.add(new Term(f, w), pos++);
            near.add(pq.build());
        }
        return new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
                .add(new BoostQuery(new DisjunctionMaxQuery(near, 0.1f), (float) prox), BooleanClause.Occur.SHOULD).build();
    }

    static BasicModel basicModel() {
        return switch (s("bm", "in")) {
            case "g" -> new BasicModelG();
            case "if" -> new BasicModelIF();
            case "ine" -> new BasicModelIne();
            default -> new BasicModelIn();
        };
    }

    static Normalization normalization() {
        return switch (s("nz", "h2")) {
            case "h1" -> new NormalizationH1((float) d("c", 1));
            case "h3" -> new NormalizationH3((float) d("mu", 800));
            case "z" -> new NormalizationZ((float) d("z", 0.3));
            default -> new NormalizationH2((float) d("c", 1));
        };
    }

    static Similarity sim() {
        // Other ranking functions than BM25, for one scored field: sim=lmd mu=2000, sim=dfr c=1, sim=ib c=1, sim=lmj lambda=0.7
        switch (s("sim", "bm25")) {
            case "lmd": return new LMDirichletSimilarity((float) d("mu", 2000));
            case "lmj": return new LMJelinekMercerSimilarity((float) d("lambda", 0.7));
            case "dfr": return new DFRSimilarity(basicModel(), s("ae", "b").equals("l") ? new AfterEffectL() : new AfterEffectB(), normalization());
            case "ib": return new IBSimilarity(s("dist", "ll").equals("spl") ? new DistributionSPL() : new DistributionLL(),
                    s("lambda", "df").equals("ttf") ? new LambdaTTF() : new LambdaDF(), normalization());
            default: break;
        }
        if (p.keySet().stream().noneMatch(k -> k.matches("k1|b|k[tbn]|b[tbn]"))) return new BM25Similarity();
        float k1 = (float) d("k1", 1.2), b = (float) d("b", 0.75);
        Map<String, Similarity> per = new HashMap<>();
        per.put(Fields.TITLE, new BM25Similarity((float) d("kt", k1), (float) d("bt", b)));
        per.put(Fields.BODY, new BM25Similarity((float) d("kb", k1), (float) d("bb", b)));
        per.put(Fields.NAMES, new BM25Similarity((float) d("kn", k1), (float) d("bn", b)));
        BM25Similarity def = new BM25Similarity(k1, b);
        if (s("mode", "").equals("bm25f")) return def;
        return new PerFieldSimilarityWrapper() {
            public Similarity get(String name) { return per.getOrDefault(name, def); }
        };
    }

    static Analyzer plain = new Analyzer() {
        protected TokenStreamComponents createComponents(String f) {
            var src = new org.apache.lucene.analysis.standard.StandardTokenizer();
            TokenStream t = new org.apache.lucene.analysis.en.EnglishPossessiveFilter(src);
            t = new org.apache.lucene.analysis.LowerCaseFilter(t);
            t = new org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter(t);
            t = new org.apache.lucene.analysis.StopFilter(t, org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            String st = System.getProperty("stem", "none");
            if (st.equals("kstem")) t = new org.apache.lucene.analysis.en.KStemFilter(t);
            if (st.equals("minimal")) t = new org.apache.lucene.analysis.en.EnglishMinimalStemFilter(t);
            if (st.equals("porter")) t = new org.apache.lucene.analysis.en.PorterStemFilter(t);
            return new TokenStreamComponents(src, t);
        }
    };
    static DirectoryReader unstemmed(DirectoryReader in) throws Exception {
        var dir = new org.apache.lucene.store.ByteBuffersDirectory();
        Map<String, Analyzer> m = new HashMap<>();
        m.put("title_u", plain); m.put("body_u", plain);
        var cfg = new IndexWriterConfig(new org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper(an, m));
        try (IndexWriter w = new IndexWriter(dir, cfg)) {
            StoredFields st = in.storedFields();
            for (int i = 0; i < in.maxDoc(); i++) {
                var doc = st.document(i);
                var nd = new org.apache.lucene.document.Document();
                nd.add(new org.apache.lucene.document.StringField(Fields.ID, doc.get(Fields.ID), org.apache.lucene.document.Field.Store.YES));
                nd.add(new org.apache.lucene.document.TextField(Fields.TITLE, doc.get(Fields.TITLE), org.apache.lucene.document.Field.Store.YES));
                nd.add(new org.apache.lucene.document.TextField(Fields.BODY, doc.get(Fields.BODY), org.apache.lucene.document.Field.Store.NO));
                nd.add(new org.apache.lucene.document.TextField("title_u", doc.get(Fields.TITLE), org.apache.lucene.document.Field.Store.NO));
                nd.add(new org.apache.lucene.document.TextField("body_u", doc.get(Fields.BODY), org.apache.lucene.document.Field.Store.NO));
                for (String v : doc.getValues(Fields.NAMES_STORED)) nd.add(new org.apache.lucene.document.TextField(Fields.NAMES, v.substring(v.indexOf('|') + 1), org.apache.lucene.document.Field.Store.NO));
                w.addDocument(nd);
            }
        }
        in.close();
        return DirectoryReader.open(dir);
    }

    /**
     * The index again with the start of each text ({@code lead} words, or {@code lead=s} its first sentence, {@code
     * lead=sN} its first N sentences) added {@code wl} more times to the field of plain words, after the headline
     * {@code wh} times (default {@link Fields#HEADLINE_WEIGHT}); the field is laid out again whatever the index holds.
     */
    static DirectoryReader withLead(DirectoryReader in) throws Exception {
        var dir = new org.apache.lucene.store.ByteBuffersDirectory();
        var type = new org.apache.lucene.document.FieldType(org.apache.lucene.document.TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        int times = (int) d("wl", 1);
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(an))) {
            StoredFields st = in.storedFields();
            for (int i = 0; i < in.maxDoc(); i++) {
                var article = dev.lede.internal.index.ArticleDocuments.read(i, st).article();
                var doc = dev.lede.internal.index.ArticleDocuments.toDocument(article, "", null, null, false);
                // the field of plain words laid out again: text, headline wh times, lead wl times
                doc.removeFields(Fields.WORDS);
                doc.add(new org.apache.lucene.document.Field(Fields.WORDS, article.body(), type));
                for (int k = 0; k < (int) d("wh", Fields.HEADLINE_WEIGHT); k++) doc.add(new org.apache.lucene.document.Field(Fields.WORDS, article.title(), type));
                String lead = lead(article.body(), s("lead", "30"));
                for (int k = 0; k < times; k++) doc.add(new org.apache.lucene.document.Field(Fields.WORDS, lead, type));
                w.addDocument(doc);
            }
        }
        in.close();
        return DirectoryReader.open(dir);
    }

    static String lead(String body, String spec) {
        if (spec.startsWith("s")) {
            int n = spec.length() > 1 ? Integer.parseInt(spec.substring(1)) : 1;
            var it = java.text.BreakIterator.getSentenceInstance(Locale.ENGLISH);
            it.setText(body);
            int end = 0;
            for (int k = 0; k < n; k++) { int e = it.next(); if (e == java.text.BreakIterator.DONE) break; end = e; }
            return body.substring(0, end);
        }
        String[] ws = body.strip().split("\\s+");
        return String.join(" ", Arrays.copyOf(ws, Math.min(ws.length, Integer.parseInt(spec))));
    }

    static List<String> plainTerms(String text) throws Exception {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = plain.tokenStream("x", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }

    static Query rm3(IndexSearcher searcher, Query q, StoredFields st) throws Exception {
        int fbDocs = (int) d("fbDocs", 10), fbTerms = (int) d("fbTerms", 10);
        double ow = d("ow", 0.5);
        ScoreDoc[] top = searcher.search(q, fbDocs).scoreDocs;
        Map<String, Double> weights = new HashMap<>();
        double norm = 0;
        for (ScoreDoc sd : top) norm += sd.score;
        IndexReader r = searcher.getIndexReader();
        for (ScoreDoc sd : top) {
            var doc = st.document(sd.doc);
            List<String> ts = terms("body", doc.get(Fields.TITLE) + "\n" + doc.get(Fields.BODY));
            Map<String, Integer> tf = new HashMap<>();
            for (String t : ts) tf.merge(t, 1, Integer::sum);
            for (var e : tf.entrySet()) {
                int df = r.docFreq(new Term(Fields.BODY, e.getKey()));
                if (df > r.maxDoc() * d("maxdf", 0.1)) continue; // Anserini filters by length/stopwords; keep it simple
                weights.merge(e.getKey(), (sd.score / norm) * e.getValue() / (double) ts.size(), Double::sum);
            }
        }
        List<Map.Entry<String, Double>> best = weights.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue(), x.getValue())).limit(fbTerms).toList();
        double total = best.stream().mapToDouble(Map.Entry::getValue).sum();
        BooleanQuery.Builder fb = new BooleanQuery.Builder();
        double wt = d("wt", 2), wb = d("wb", 1);
        for (var e : best) {
            CombinedFieldQuery.Builder c = new CombinedFieldQuery.Builder(e.getKey());
            c.addField(Fields.TITLE, (float) wt).addField(Fields.BODY, (float) wb);
            fb.add(new BoostQuery(c.build(), (float) (e.getValue() / total)), BooleanClause.Occur.SHOULD);
        }
        return new BooleanQuery.Builder().add(new BoostQuery(q, (float) ow), BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(fb.build(), (float) ((1 - ow) * d("fbscale", 5))), BooleanClause.Occur.SHOULD).build();
    }

    public static void main(String[] a) throws Exception {
        if (a.length == 4 && a[3].equals("-")) { // one variant per line of standard input, in one JVM
            for (String line : new String(System.in.readAllBytes()).split("\n")) {
                if (line.isBlank()) continue;
                String[] args = (a[0] + " " + a[1] + " " + a[2] + " " + line.strip()).split("\\s+");
                p.clear();
                run(args);
            }
            return;
        }
        run(a);
    }

    static void run(String[] a) throws Exception {
        for (int i = 3; i < a.length; i++) { String[] kv = a[i].split("=", 2); p.put(kv[0], kv[1]); }
        Map<String, String> topics = Judgements.topics(Path.of(a[1]));
        Map<String, Map<String, Integer>> qrels = Judgements.qrels(Path.of(a[2]));
        DirectoryReader r0 = DirectoryReader.open(FSDirectory.open(Path.of(a[0])));
        if (p.containsKey("u")) r0 = unstemmed(r0);
        if (p.containsKey("wl")) r0 = withLead(r0);
        try (DirectoryReader r = r0) {
            reader = r;
            IndexSearcher searcher = new IndexSearcher(r);
            searcher.setSimilarity(sim());
            StoredFields st = r.storedFields();
            double all = 0, odd = 0, even = 0; int n = 0, no = 0, ne = 0;
            StringBuilder per = new StringBuilder();
            String explainQ = s("explain", null);
            for (var t : topics.entrySet()) {
                Query q = build(t.getValue());
                if (d("rm3", 0) > 0) q = rm3(searcher, q, st);
                ScoreDoc[] docs = searcher.search(q, 1000).scoreDocs;
                List<String> ids = new ArrayList<>();
                for (ScoreDoc sd : docs) ids.add(st.document(sd.doc).get(Fields.ID));
                Map<String, Integer> g = qrels.get(t.getKey());
                if (g == null) continue;
                double nd = Metrics.score(ids, g).ndcg10();
                all += nd; n++;
                int num = Integer.parseInt(t.getKey().replaceAll("\\D", ""));
                if (num % 2 == 1) { odd += nd; no++; } else { even += nd; ne++; }
                per.append(String.format("%s %.3f %s%n", t.getKey(), nd, t.getValue()));
                if (explainQ != null && t.getKey().equals(explainQ)) {
                    System.out.println(q);
                    for (int i = 0; i < Math.min(docs.length, (int) d("top", 6)); i++) {
                        String id = ids.get(i);
                        System.out.printf("#%d %s grade=%s %s%n", i + 1, id, g.get(id), st.document(docs[i].doc).get(Fields.TITLE));
                        System.out.println(searcher.explain(q, docs[i].doc).toString().lines().limit((int) d("lines", 40))
                                .filter(l -> !l.contains("avgdl") && !l.contains("freq,") && !l.contains(", computed as") && !l.contains("dl,") && !l.contains("k1,") && !l.contains("b,") && !l.contains("idf,") && !l.contains("n,") && !l.contains("N,"))
                                .reduce("", (x, y) -> x + y + "\n"));
                    }
                    // where are the relevant ones
                    for (var e : g.entrySet()) if (e.getValue() == 2) System.out.printf("  rel2 %s at %d%n", e.getKey(), ids.indexOf(e.getKey()) + 1);
                }
            }
            if (p.containsKey("per")) System.out.print(per);
            System.out.printf("all %.4f odd %.4f even %.4f  %s%n", all / n, odd / no, even / ne, p);
        }
    }
}
