package dev.lede.internal.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * The headline and the lead are analysed once and their tokens replayed: the index must hold exactly what analysing
 * each value again wrote (terms, frequencies, positions, offsets, lengths), for any headline and text.
 */
class RecordedTokensTest {
    private static final List<String> VOCABULARY = List.of("storm", "harbour", "Cobh", "closed", "the", "of", "Gantz",
            "budget", "AT&T", "rock &", "U.S.", "council's", "Storms", "noon,", "e-mail", "1,200", "Wróblewski", "\n\n", "a");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(VOCABULARY).list().ofMinSize(0).ofMaxSize(70).map(words -> String.join(" ", words));
    }

    @Property(tries = 80)
    void replayedTokensAreIndexedAsAnalysingAgainIndexedThem(@ForAll("texts") String title, @ForAll("texts") String body)
            throws IOException {
        Article article = new Article("a", title, body, "", null, List.of());
        assertEquals(postings(analysedAgain(article)), postings(ArticleDocuments.toDocument(article, "0")));
    }

    @Property(tries = 80)
    void aReplayBeforeTheRecordingAnalysesTheText(@ForAll("texts") String body) throws IOException {
        Analyzer analyzer = new LedeAnalyzer();
        int upTo = ArticleDocuments.lead(body).length();
        RecordedTokens recorded = new RecordedTokens(body, upTo);
        drain(recorded.recording(analyzer.tokenStream(Fields.WORDS, body)));
        assertEquals(drain(new RecordedTokens(body, upTo).replay(analyzer, Fields.WORDS, 3)),
                drain(recorded.replay(analyzer, Fields.WORDS, 3)));
    }

    /** The layout as it was written by analysing each value: the headline's tokens repeated as they pass. */
    private static Document analysedAgain(Article article) {
        FieldType words = new FieldType(TextField.TYPE_NOT_STORED);
        words.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        words.freeze();
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
        doc.add(new TextField(Fields.TITLE, article.title(), Field.Store.YES));
        doc.add(new Field(Fields.WORDS, article.body(), words));
        doc.add(new Field(Fields.WORDS, article.title(), words) {
            @Override
            public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
                return new Repeated(analyzer.tokenStream(name(), stringValue()), Fields.HEADLINE_WEIGHT);
            }
        });
        doc.add(new Field(Fields.WORDS, ArticleDocuments.lead(article.body()), words));
        return doc;
    }

    /** Each token {@code times} times, each copy a position further unless the token stands at its word's position. */
    private static final class Repeated extends TokenFilter {
        private final int times;
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private State token;
        private int left;

        Repeated(TokenStream input, int times) {
            super(input);
            this.times = times;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (left > 0) {
                restoreState(token);
                increment.setPositionIncrement(increment.getPositionIncrement() == 0 ? 0 : 1);
                left--;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            token = captureState();
            left = times - 1;
            return true;
        }
    }

    /** Every posting of the title and the words, with positions and offsets, and both fields' lengths. */
    private static List<String> postings(Document doc) throws IOException {
        List<String> postings = new ArrayList<>();
        try (Directory dir = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new LedeAnalyzer()))) {
                writer.addDocument(doc);
            }
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                LeafReader leaf = reader.leaves().get(0).reader();
                for (String field : List.of(Fields.TITLE, Fields.WORDS)) {
                    NumericDocValues norms = leaf.getNormValues(field);
                    postings.add(field + " norm " + (norms != null && norms.advanceExact(0) ? norms.longValue() : "none"));
                    Terms terms = leaf.terms(field);
                    if (terms == null) {
                        continue;
                    }
                    TermsEnum term = terms.iterator();
                    while (term.next() != null) {
                        PostingsEnum posting = term.postings(null, PostingsEnum.ALL);
                        while (posting.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
                            StringBuilder line = new StringBuilder(field + " " + term.term().utf8ToString() + " x" + posting.freq());
                            for (int i = 0; i < posting.freq(); i++) {
                                line.append(' ').append(posting.nextPosition()).append('@').append(posting.startOffset()).append('-')
                                        .append(posting.endOffset());
                            }
                            postings.add(line.toString());
                        }
                    }
                }
            }
        }
        return postings;
    }

    private static List<String> drain(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
        OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
        try (stream) {
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term + " +" + increment.getPositionIncrement() + " " + offset.startOffset() + "-" + offset.endOffset());
            }
            stream.end();
            tokens.add("end +" + increment.getPositionIncrement() + " " + offset.endOffset());
        }
        return tokens;
    }
}
