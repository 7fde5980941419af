package dev.lede;

/** The order of a search's hits. */
public enum Sort {
    /** Best match first; articles of equal score newest first. A search with filters alone has no score: newest first. */
    RELEVANCE,
    /** Latest publication date first, best match first within a day; undated articles last. */
    NEWEST,
    /** Earliest publication date first, best match first within a day; undated articles last. */
    OLDEST
}
