package dev.lede;

import java.util.List;

/**
 * One article found by a search.
 *
 * @param rank position in the results, from 1
 * @param score relevance score (higher is better; only comparable within one search)
 * @param article the article as it is stored in the index
 * @param snippet the passage of the body that best matches the query
 * @param origin the file the article was indexed from, or {@code null} when unknown: added through
 *     {@link Lede#add(Article)}, read from standard input, or indexed by a version of lede that kept no origins
 * @param copies the other matches that are near-copies of this article, shown as this one hit (best match first);
 *     empty when it has none, or when the search asked for every copy as a hit of its own
 */
public record Hit(int rank, float score, Article article, Snippet snippet, Origin origin, List<Copy> copies) {
    public Hit {
        copies = List.copyOf(copies);
    }

    /** A hit without copies. */
    public Hit(int rank, float score, Article article, Snippet snippet, Origin origin) {
        this(rank, score, article, snippet, origin, List.of());
    }

    /** A hit whose origin is unknown. */
    public Hit(int rank, float score, Article article, Snippet snippet) {
        this(rank, score, article, snippet, null);
    }

    /** This hit with these copies. */
    public Hit withCopies(List<Copy> copies) {
        return new Hit(rank, score, article, snippet, origin, copies);
    }

    public String id() {
        return article.id();
    }

    public String title() {
        return article.title();
    }

    /** The article's link as given when it was indexed. */
    public String link() {
        return article.link();
    }

    /** The site the article came from ("aljazeera.com"). */
    public String source() {
        return article.source();
    }

    public List<Name> names() {
        return article.names();
    }
}
