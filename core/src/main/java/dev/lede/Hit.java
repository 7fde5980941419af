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
    /**
     * A hit holding a copy of its copies' list.
     *
     * @param rank position in the results, from 1
     * @param score relevance score
     * @param article the article as it is stored in the index
     * @param snippet the passage of the body that best matches the query
     * @param origin where the article was read from, or {@code null} when unknown
     * @param copies near-copies of the article folded into this hit, best first; empty when none
     */
    public Hit {
        copies = List.copyOf(copies);
    }

    /**
     * A hit without copies.
     *
     * @param rank position in the results, from 1
     * @param score relevance score
     * @param article the article as it is stored in the index
     * @param snippet the passage of the body that best matches the query
     * @param origin where the article was read from, or {@code null} when unknown
     */
    public Hit(int rank, float score, Article article, Snippet snippet, Origin origin) {
        this(rank, score, article, snippet, origin, List.of());
    }

    /**
     * A hit whose origin is unknown.
     *
     * @param rank position in the results, from 1
     * @param score relevance score
     * @param article the article as it is stored in the index
     * @param snippet the passage of the body that best matches the query
     */
    public Hit(int rank, float score, Article article, Snippet snippet) {
        this(rank, score, article, snippet, null);
    }

    /**
     * {@return this hit with these copies}
     *
     * @param copies near-copies of the article, best first
     */
    public Hit withCopies(List<Copy> copies) {
        return new Hit(rank, score, article, snippet, origin, copies);
    }

    /** {@return the article's id} */
    public String id() {
        return article.id();
    }

    /** {@return the article's headline} */
    public String title() {
        return article.title();
    }

    /** {@return the article's link as given when it was indexed} */
    public String link() {
        return article.link();
    }

    /** {@return the site the article came from ("aljazeera.com")} */
    public String source() {
        return article.source();
    }

    /** {@return the names the article names} */
    public List<Name> names() {
        return article.names();
    }
}
