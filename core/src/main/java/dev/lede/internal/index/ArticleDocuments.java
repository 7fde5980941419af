package dev.lede.internal.index;

import dev.lede.Article;
import dev.lede.Name;
import dev.lede.NameType;
import dev.lede.Origin;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/** Turns an {@link Article} into a Lucene document and back. */
public final class ArticleDocuments {
    /**
     * Text and headline ({@link Fields#WORDS}) with positions, for phrases, and offsets, so snippets of the text need
     * not analyse it again. The text alone is stored ({@link Fields#BODY}): it is analysed once, into this field.
     */
    private static final FieldType WORDS_TYPE = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        WORDS_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        WORDS_TYPE.freeze();
    }

    private ArticleDocuments() {}

    /** The article's Lucene document; {@code fingerprint} is the article's {@link Fingerprint}, which the caller has already computed. */
    public static Document toDocument(Article article, String fingerprint) throws IOException {
        return toDocument(article, fingerprint, null);
    }

    /** The article's Lucene document, with its vector (of length 1, compared by dot product) when one is given. */
    public static Document toDocument(Article article, String fingerprint, float[] vector) throws IOException {
        return toDocument(article, fingerprint, vector, null);
    }

    /** The article's Lucene document, with its vector and where it was read from ({@code null} when unknown). */
    public static Document toDocument(Article article, String fingerprint, float[] vector, Origin origin) throws IOException {
        return toDocument(article, fingerprint, vector, origin, true);
    }

    /** As above; without the near-copy signature when {@code withCopySignature} is false (to measure what it costs). */
    public static Document toDocument(Article article, String fingerprint, float[] vector, Origin origin, boolean withCopySignature)
            throws IOException {
        Document doc = new Document();
        if (origin != null) {
            doc.add(new StoredField(Fields.ORIGIN_PATH, origin.path()));
            doc.add(new StoredField(Fields.ORIGIN_LINE, origin.line()));
        }
        if (vector != null) {
            doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        doc.add(new StringField(Fields.ID, article.id(), Field.Store.YES));
        doc.add(new TextField(Fields.TITLE, article.title(), Field.Store.YES));
        doc.add(new StoredField(Fields.BODY, article.body()));
        // The text first, so its offsets in the postings are offsets in the stored text, which snippets are cut from.
        doc.add(new Field(Fields.WORDS, article.body(), WORDS_TYPE));
        doc.add(new HeadlineCopies(article.title()));
        doc.add(new Field(Fields.WORDS, lead(article.body()), WORDS_TYPE));
        doc.add(new StoredField(Fields.LINK, article.link()));
        if (!article.author().isEmpty()) {
            doc.add(new StoredField(Fields.AUTHOR, article.author()));
        }
        String source = article.source();
        for (Name name : article.names()) {
            doc.add(new StoredField(Fields.NAMES_STORED, name.type().label() + "|" + name.text()));
            doc.add(new TextField(Fields.NAMES, name.text(), Field.Store.NO));
            doc.add(new TextField(Fields.names(name.type()), name.text(), Field.Store.NO));
            if (!name.text().isBlank()) {
                doc.add(new SortedSetDocValuesFacetField(name.type().label(), name.text()));
            }
        }
        if (!source.isEmpty()) {
            doc.add(new SortedSetDocValuesFacetField(Fields.SOURCE, source));
        }
        if (article.published() != null) {
            int day = day(article.published());
            doc.add(new IntPoint(Fields.PUBLISHED, day));
            // Doc values, so that sorting by date reads a column instead of each article's stored fields.
            doc.add(new NumericDocValuesField(Fields.PUBLISHED, day));
            doc.add(new StoredField(Fields.PUBLISHED, article.published().toString()));
        }
        // Stored only: it is read back by id, never searched, and a unique term per article would cost as much as the id.
        doc.add(new StoredField(Fields.FINGERPRINT, fingerprint));
        if (withCopySignature) {
            addCopySignature(doc, article);
        }
        return Fields.FACETS.build(doc);
    }

    /**
     * The headline in {@link Fields#WORDS}, analysed once and each word given {@link Fields#HEADLINE_WEIGHT} times
     * in a row: its frequencies and length count as often, as BM25F over headline and text has them, at the cost of
     * one analysis (a headline indexed four times over was analysed four times). A phrase of the headline is
     * searched in the headline's own field.
     */
    private static final class HeadlineCopies extends Field {
        HeadlineCopies(String title) {
            super(Fields.WORDS, title, WORDS_TYPE);
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return new Repeated(analyzer.tokenStream(name(), stringValue()), Fields.HEADLINE_WEIGHT);
        }
    }

    /**
     * The text's first {@link Fields#LEAD_WORDS} words (as spaces separate them), which {@link Fields#WORDS} holds
     * once more after the headline: news tells its story first.
     */
    public static String lead(String body) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            boolean space = Character.isWhitespace(body.charAt(i));
            if (space && inWord && ++words == Fields.LEAD_WORDS) {
                return body.substring(0, i);
            }
            inWord = !space;
        }
        return body;
    }

    /**
     * Each token {@code times} times, the copies each a position further (a form standing at its word's position,
     * such as a capitalised word's unstemmed form, stays at the last copy's); their offsets are the token's.
     */
    static final class Repeated extends TokenFilter {
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

        @Override
        public void reset() throws IOException {
            super.reset();
            token = null;
            left = 0;
        }
    }

    /** The text's near-copy signature ({@link CopySignature}); nothing for a text too short to have one. */
    private static void addCopySignature(Document doc, Article article) {
        byte[] signature = CopySignature.of(article.body());
        if (signature != null) {
            doc.add(new BinaryDocValuesField(Fields.COPY_SIGNATURE, new BytesRef(signature)));
        }
    }

    /** A day as the index holds it: 2024-06-11 as 20240611. */
    public static int day(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** An article as the index keeps it, with where it was read from ({@code null} when unknown). */
    public record Stored(Article article, Origin origin) {}

    /** The article and its origin, from one read of the stored fields. */
    public static Stored read(int docId, StoredFields stored) throws IOException {
        Document doc = stored.document(docId);
        List<Name> names = new ArrayList<>();
        for (String value : doc.getValues(Fields.NAMES_STORED)) {
            int bar = value.indexOf('|');
            NameType type = NameType.fromLabel(value.substring(0, bar));
            if (type != null) {
                names.add(new Name(value.substring(bar + 1), type));
            }
        }
        String published = doc.get(Fields.PUBLISHED);
        LocalDate date = published == null ? null : LocalDate.parse(published);
        Article article = new Article(doc.get(Fields.ID), doc.get(Fields.TITLE), doc.get(Fields.BODY), doc.get(Fields.LINK), date,
                names, doc.get(Fields.AUTHOR));
        String path = doc.get(Fields.ORIGIN_PATH);
        Number line = doc.getField(Fields.ORIGIN_LINE) == null ? null : doc.getField(Fields.ORIGIN_LINE).numericValue();
        return new Stored(article, path == null ? null : new Origin(path, line == null ? 0 : line.longValue()));
    }
}
