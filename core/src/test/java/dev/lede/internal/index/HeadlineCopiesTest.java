package dev.lede.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.Article;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The headline is analysed once into the field of text and headline, its words repeated: plain words must score
 * exactly as they did when the headline was indexed {@link Fields#HEADLINE_WEIGHT} times over (BM25F), for any
 * headline and text (and the lead of the text, indexed a second time).
 */
class HeadlineCopiesTest {
    private static final List<String> VOCABULARY = List.of("storm", "harbour", "Cobh", "closed", "the", "Gantz", "budget",
            "AT&T", "ferry", "U.S.", "council's", "storms", "noon");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(VOCABULARY).list().ofMinSize(0).ofMaxSize(12).map(words -> String.join(" ", words));
    }

    @Provide
    Arbitrary<List<String>> headlines() {
        return texts().list().ofMinSize(1).ofMaxSize(6);
    }

    @Property(tries = 60)
    void plainWordsScoreAsWithTheHeadlineIndexedFourTimes(@ForAll("headlines") List<String> titles, @ForAll("texts") String body)
            throws IOException {
        Map<String, Float> repeated = scores(titles, body, false);
        Map<String, Float> fourTimes = scores(titles, body, true);
        assertEquals(fourTimes, repeated);
    }

    /** Score of each article for each word of the vocabulary, as "word/article". */
    private static Map<String, Float> scores(List<String> titles, String body, boolean fourTimes) throws IOException {
        Map<String, Float> scores = new HashMap<>();
        try (Directory dir = new ByteBuffersDirectory()) {
            LedeAnalyzer analyzer = new LedeAnalyzer();
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (int i = 0; i < titles.size(); i++) {
                    Article article = new Article("a" + i, titles.get(i), i % 2 == 0 ? body : body + " storm", "", null, List.of());
                    writer.addDocument(fourTimes ? headlineFourTimes(article) : ArticleDocuments.toDocument(article, "0"));
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String word : VOCABULARY) {
                    for (String term : terms(analyzer, word)) {
                        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(Fields.WORDS, term)), 100).scoreDocs) {
                            scores.put(term + "/" + searcher.storedFields().document(hit.doc).get(Fields.ID), hit.score);
                        }
                    }
                }
            }
        }
        return scores;
    }

    private static List<String> terms(LedeAnalyzer analyzer, String word) throws IOException {
        List<String> terms = new java.util.ArrayList<>();
        try (var stream = analyzer.tokenStream(Fields.WORDS, word)) {
            var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    @net.jqwik.api.Example
    void theLeadIsTheTextsFirstWordsAsSpacesSeparateThem() {
        String words = String.join(" ", java.util.stream.IntStream.rangeClosed(1, 40).mapToObj(i -> "w" + i).toList());
        assertEquals(String.join(" ", java.util.stream.IntStream.rangeClosed(1, Fields.LEAD_WORDS).mapToObj(i -> "w" + i).toList()),
                ArticleDocuments.lead(words));
        assertEquals("  Short text,\n\nof two  paragraphs.", ArticleDocuments.lead("  Short text,\n\nof two  paragraphs."));
        assertEquals("", ArticleDocuments.lead(""));
    }

    /** The layout of format 3: the headline as four more values of the field, frequencies only; and the lead (format 5). */
    private static Document headlineFourTimes(Article article) {
        FieldType words = new FieldType(TextField.TYPE_NOT_STORED);
        words.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        words.freeze();
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
        for (int i = 0; i < Fields.HEADLINE_WEIGHT; i++) {
            doc.add(new Field(Fields.WORDS, article.title(), words));
        }
        doc.add(new Field(Fields.WORDS, article.body(), words));
        doc.add(new Field(Fields.WORDS, ArticleDocuments.lead(article.body()), words));
        return doc;
    }
}
