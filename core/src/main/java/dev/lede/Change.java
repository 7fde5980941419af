package dev.lede;

/** What {@link Lede#add} did with an article. */
public enum Change {
    /** The index did not have the article. */
    ADDED,
    /** The article replaced an older version with the same id. */
    UPDATED,
    /** The index already had the article exactly. */
    UNCHANGED
}
