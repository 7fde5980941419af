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
import org.apache.lucene.analysis.TokenStream;
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
        // Each text is analysed once: the headline's tokens and the lead's are recorded and indexed again from there.
        String title = article.title();
        RecordedTokens headline = new RecordedTokens(title, title.length());
        doc.add(new Recorded(Fields.TITLE, title, TextField.TYPE_STORED, headline));
        doc.add(new StoredField(Fields.BODY, article.body()));
        // The text first, so its offsets in the postings are offsets in the stored text, which snippets are cut from.
        String leadText = lead(article.body());
        RecordedTokens lead = new RecordedTokens(article.body(), leadText.length());
        doc.add(new Recorded(Fields.WORDS, article.body(), WORDS_TYPE, lead));
        doc.add(new Replayed(title, headline, Fields.HEADLINE_WEIGHT));
        doc.add(new Replayed(leadText, lead, 1));
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

    /** A text field whose tokens are recorded as they are indexed, for {@link Replayed} to index again. */
    private static final class Recorded extends Field {
        private final RecordedTokens tokens;

        Recorded(String name, String text, FieldType type, RecordedTokens tokens) {
            super(name, text, type);
            this.tokens = tokens;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            return tokens.recording(analyzer.tokenStream(name(), stringValue()));
        }
    }

    /**
     * Recorded tokens in {@link Fields#WORDS}, each word given {@code times} in a row. The headline's are repeated
     * {@link Fields#HEADLINE_WEIGHT} times: its frequencies and length count as often, as BM25F over headline and
     * text has them (a phrase of the headline is searched in the headline's own field). The lead's once.
     */
    private static final class Replayed extends Field {
        private final RecordedTokens tokens;
        private final int times;

        Replayed(String text, RecordedTokens tokens, int times) {
            super(Fields.WORDS, text, WORDS_TYPE);
            this.tokens = tokens;
            this.times = times;
        }

        @Override
        public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
            try {
                return tokens.replay(analyzer, name(), times);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
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
