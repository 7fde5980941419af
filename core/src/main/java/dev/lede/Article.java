package dev.lede;

import dev.lede.internal.parse.ArticleIds;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: what lede indexes and what a search returns.
 *
 * <p>Articles are immutable. Build one with {@link #of(String, String, String)}, which derives a
 * stable {@link #id() id} from the source link (or, where the link names no page, from the source
 * and the headline and text, white space aside), so that indexing the same article again updates it
 * (or finds it unchanged) instead of adding a copy, while different articles under one headline stay apart.
 *
 * @param id stable identifier, unique in an index
 * @param title headline, possibly empty
 * @param body article text; paragraphs are separated by a blank line
 * @param link where the article came from, as given ({@code https://...} or just {@code www.example.com}); possibly empty
 * @param published publication date, or {@code null} when unknown
 * @param names the people, organisations and places the article names
 * @param author who wrote it, as the page or input names them ("Jane Doe, John Roe"); possibly empty
 */
public record Article(String id, String title, String body, String link, LocalDate published, List<Name> names, String author) {
    /**
     * An article as given, with white space stripped and missing parts made empty; a missing or blank id is derived
     * as {@link #of(String, String, String)} derives it.
     */
    public Article {
        title = Objects.requireNonNullElse(title, "").strip();
        author = Objects.requireNonNullElse(author, "").strip();
        body = Objects.requireNonNullElse(body, "").strip();
        link = Objects.requireNonNullElse(link, "").strip();
        names = names == null ? List.of() : List.copyOf(names);
        if (id == null || id.isBlank()) {
            id = ArticleIds.derive(title, body, link);
        }
    }

    /**
     * An article without an author.
     *
     * @param id stable identifier, or {@code null} to derive one
     * @param title headline, possibly empty
     * @param body article text
     * @param link where the article came from, possibly empty
     * @param published publication date, or {@code null} when unknown
     * @param names the people, organisations and places the article names
     */
    public Article(String id, String title, String body, String link, LocalDate published, List<Name> names) {
        this(id, title, body, link, published, names, "");
    }

    /**
     * {@return an article with an id derived from its link (or source and text), no date and no names yet}
     *
     * @param title headline, possibly empty
     * @param body article text; paragraphs separated by a blank line
     * @param link where the article came from ({@code https://...} or just {@code www.example.com}), possibly empty
     */
    public static Article of(String title, String body, String link) {
        return new Article(null, title, body, link, null, List.of());
    }

    /**
     * {@return this article with the given publication date}
     *
     * @param date the publication date, or {@code null} when unknown
     */
    public Article withPublished(LocalDate date) {
        return new Article(id, title, body, link, date, names, author);
    }

    /**
     * {@return this article with the given names in place of its current ones}
     *
     * @param newNames the people, organisations and places the article names
     */
    public Article withNames(List<Name> newNames) {
        return new Article(id, title, body, link, published, newNames, author);
    }

    /**
     * {@return this article with the given author}
     *
     * @param newAuthor who wrote it, or empty when unknown
     */
    public Article withAuthor(String newAuthor) {
        return new Article(id, title, body, link, published, names, newAuthor);
    }

    /** {@return the publication date, if known} */
    public Optional<LocalDate> publishedDate() {
        return Optional.ofNullable(published);
    }

    /** {@return the site the article came from: the host of its link without {@code www.} ("aljazeera.com"); empty if unknown} */
    public String source() {
        return ArticleIds.sourceOf(link);
    }
}
