package dev.lede;

/**
 * Another article that is a near-copy of one: the same text republished (a wire story on several sites, a re-post
 * with small edits), found when the articles were indexed. Two copies stay two articles in the index; a search shows
 * them as one hit unless asked for every copy ({@link Search#withCopiesGrouped}).
 *
 * @param id the copy's id
 * @param title its headline
 * @param source the site it came from ("aljazeera.com"), empty when it has no link
 * @param origin the file it was indexed from, or {@code null} when unknown
 */
public record Copy(String id, String title, String source, Origin origin) {}
