package dev.lede.solr;

import dev.lede.Article;
import dev.lede.Copy;
import dev.lede.Name;
import dev.lede.NameType;
import dev.lede.Origin;
import dev.lede.internal.index.ArticleDocuments;
import dev.lede.internal.index.CopySignature;
import dev.lede.internal.index.Fields;
import dev.lede.internal.parse.ArticleIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/** An article as a document of lede's configset, and back; the field names are the local index's. */
final class ArticleFields {
    private ArticleFields() {}

    /** Names of one type as analysed text, for {@code person:} and the like. */
    static String namesText(NameType type) {
        return Fields.names(type);
    }

    static SolrInputDocument document(Article article, String fingerprint, Origin origin) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(Fields.ID, article.id());
        doc.setField(Fields.TITLE, article.title());
        doc.setField(Fields.BODY, article.body());
        // The text, then the headline as often as it weighs against the text, then the text's lead once more: the
        // local index's one scored field.
        doc.addField(Fields.WORDS, article.body());
        for (int i = 0; i < Fields.HEADLINE_WEIGHT; i++) {
            doc.addField(Fields.WORDS, article.title());
        }
        doc.addField(Fields.WORDS, ArticleDocuments.lead(article.body()));
        doc.setField(Fields.LINK, article.link());
        if (!article.author().isEmpty()) {
            doc.setField(Fields.AUTHOR, article.author());
        }
        for (Name name : article.names()) {
            doc.addField(Fields.NAMES_STORED, name.type().label() + "|" + name.text());
            doc.addField(Fields.NAMES, name.text());
            doc.addField(namesText(name.type()), name.text());
            doc.addField(name.type().label(), name.text());
        }
        String source = article.source();
        if (!source.isEmpty()) {
            doc.setField(Fields.SOURCE, source);
        }
        if (article.published() != null) {
            doc.setField(Fields.PUBLISHED, day(article.published()));
        }
        byte[] signature = CopySignature.of(article.body());
        if (signature != null) {
            doc.setField(Fields.COPY_SIGNATURE, signature);
        }
        doc.setField(Fields.FINGERPRINT, fingerprint);
        if (origin != null) {
            doc.setField(Fields.ORIGIN_PATH, origin.path());
            doc.setField(Fields.ORIGIN_LINE, origin.line());
        }
        return doc;
    }

    /** The stored fields a hit is read back from. */
    static final String STORED = String.join(",", Fields.ID, Fields.TITLE, Fields.BODY, Fields.LINK, Fields.AUTHOR,
            Fields.NAMES_STORED, Fields.PUBLISHED, Fields.ORIGIN_PATH, Fields.ORIGIN_LINE, Fields.COPY_SIGNATURE);

    static Article article(SolrDocument doc) {
        List<Name> names = new ArrayList<>();
        Collection<Object> stored = doc.getFieldValues(Fields.NAMES_STORED);
        if (stored != null) {
            for (Object value : stored) {
                String typed = value.toString();
                int bar = typed.indexOf('|');
                names.add(new Name(typed.substring(bar + 1), NameType.fromLabel(typed.substring(0, bar))));
            }
        }
        Object published = doc.getFirstValue(Fields.PUBLISHED);
        LocalDate date = published == null ? null : date(((Number) published).intValue());
        Object author = doc.getFirstValue(Fields.AUTHOR);
        return new Article(text(doc, Fields.ID), text(doc, Fields.TITLE), text(doc, Fields.BODY), text(doc, Fields.LINK), date,
                names, author == null ? "" : author.toString());
    }

    /** The near-copy signature stored with an article, or {@code null} for none (a short text, an older collection). */
    static byte[] signature(SolrDocument doc) {
        Object value = doc.getFirstValue(Fields.COPY_SIGNATURE);
        byte[] bytes = value instanceof byte[] array ? array
                : value instanceof java.nio.ByteBuffer buffer ? java.util.Arrays.copyOfRange(buffer.array(),
                        buffer.arrayOffset() + buffer.position(), buffer.arrayOffset() + buffer.limit())
                : null;
        return bytes == null ? null : CopySignature.decode(bytes, 0, bytes.length);
    }

    /** The article as a copy listed under the hit it is folded into. */
    static Copy copy(SolrDocument doc) {
        String link = text(doc, Fields.LINK);
        return new Copy(text(doc, Fields.ID), text(doc, Fields.TITLE), ArticleIds.sourceOf(link), origin(doc));
    }

    static Origin origin(SolrDocument doc) {
        Object path = doc.getFirstValue(Fields.ORIGIN_PATH);
        Object line = doc.getFirstValue(Fields.ORIGIN_LINE);
        return path == null ? null : new Origin(path.toString(), line == null ? 0 : ((Number) line).longValue());
    }

    private static String text(SolrDocument doc, String field) {
        Object value = doc.getFirstValue(field);
        return value == null ? "" : value.toString();
    }

    /** A day as the local index keeps it: yyyymmdd. */
    static int day(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    static LocalDate date(int day) {
        return LocalDate.of(day / 10000, day / 100 % 100, day % 100);
    }
}
