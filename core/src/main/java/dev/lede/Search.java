package dev.lede;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One search as a value: a query in lede's syntax, and/or filters given as values (so user text needs no escaping),
 * an order and a page. Immutable; each {@code with...} method returns a new search.
 *
 * <pre>{@code
 * Search search = Search.of("ceasefire talks")
 *         .withName(new Name("Benny Gantz", NameType.PERSON))
 *         .withSource("aljazeera.com")
 *         .publishedBetween(LocalDate.of(2024, 1, 1), null)
 *         .sortedBy(Sort.NEWEST)
 *         .page(20, 10);
 * }</pre>
 *
 * <p>The filters narrow the matches without changing their scores: every name must be named, the article must come
 * from one of the sources and have one of the ids (when any are given), and its date must fall in the range.
 *
 * @param query what to look for in lede's query syntax, as for {@link Lede#search(String)}; null for filters alone
 * @param names canonical names (exactly as lede lists them) that each match must name, with their type
 * @param sources sites ("aljazeera.com"); a match comes from one of them; empty for any
 * @param ids article ids; a match has one of them; empty for any
 * @param from earliest publication day, inclusive; null for no bound (undated articles match only without bounds)
 * @param to latest publication day, inclusive; null for no bound
 * @param sort the order of the hits
 * @param offset how many of the best hits to pass over (the page's start), 0 or more
 * @param limit how many hits to return at most, 0 or more; {@code offset + limit} is at most {@value #MAX_WINDOW}
 * @param feedback pseudo-relevance feedback for the query ({@link Feedback}), or null for none
 * @param copiesGrouped whether near-copies of one article (a wire story on several sites) are shown as one hit, the
 *     best-ranked, listing the others in {@link Hit#copies()} (the default); false shows every copy as a hit of its own.
 *     The offset and limit count hits as shown; {@link SearchResults#total()} counts articles either way.
 */
public record Search(String query, List<Name> names, List<String> sources, List<String> ids, LocalDate from, LocalDate to,
        Sort sort, int offset, int limit, Feedback feedback, boolean copiesGrouped) {
    /**
     * How deep a page may reach: Lucene keeps {@code offset + limit} hits in memory to find the page, so deeper pages
     * cost more than shallow ones; past this, narrow the search instead.
     */
    public static final int MAX_WINDOW = 10_000;

    /**
     * A search as given, with copies of its lists.
     *
     * @throws IllegalArgumentException if the page is out of bounds, or the date range ends before it starts
     */
    public Search {
        names = List.copyOf(names);
        sources = List.copyOf(sources);
        ids = List.copyOf(ids);
        Objects.requireNonNull(sort, "sort");
        if (offset < 0 || limit < 0 || (long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("offset and limit must be 0 or more, and add up to at most " + MAX_WINDOW);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the date range ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /**
     * A search whose copies are grouped.
     *
     * @param query what to look for in lede's syntax, or {@code null} for filters alone
     * @param names articles must name each of these
     * @param sources articles must come from one of these sources (none: any)
     * @param ids articles must have one of these ids (none: any)
     * @param from the earliest publication day, or {@code null}
     * @param to the latest publication day, or {@code null}
     * @param sort the order of the hits
     * @param offset how many hits to skip
     * @param limit how many hits to return
     * @param feedback relevance feedback, or {@code null} for none
     */
    public Search(String query, List<Name> names, List<String> sources, List<String> ids, LocalDate from, LocalDate to,
            Sort sort, int offset, int limit, Feedback feedback) {
        this(query, names, sources, ids, from, to, sort, offset, limit, feedback, true);
    }

    /**
     * {@return the articles matching a query in lede's syntax, best first, the first {@value Lede#DEFAULT_LIMIT}}
     *
     * @param query what to look for, as for {@link Lede#search(String)}
     */
    public static Search of(String query) {
        return new Search(Objects.requireNonNull(query, "query"), List.of(), List.of(), List.of(), null, null, Sort.RELEVANCE, 0,
                Lede.DEFAULT_LIMIT, null);
    }

    /** {@return every article, newest first, the first {@value Lede#DEFAULT_LIMIT}: narrow it with filters} */
    public static Search all() {
        return new Search(null, List.of(), List.of(), List.of(), null, null, Sort.RELEVANCE, 0, Lede.DEFAULT_LIMIT, null);
    }

    /**
     * {@return this search, also requiring that each match names this name}
     *
     * @param name a canonical name as lede lists it, of its type
     */
    public Search withName(Name name) {
        return new Search(query, plus(names, Objects.requireNonNull(name, "name")), sources, ids, from, to, sort, offset, limit, feedback, copiesGrouped);
    }

    /**
     * {@return this search, also allowing matches from this source}
     *
     * @param source a site as {@link Article#source()} gives it ("aljazeera.com")
     */
    public Search withSource(String source) {
        return new Search(query, names, plus(sources, Objects.requireNonNull(source, "source")), ids, from, to, sort, offset, limit, feedback, copiesGrouped);
    }

    /**
     * {@return this search, also allowing the article with this id}
     *
     * @param id an article id
     */
    public Search withId(String id) {
        return new Search(query, names, sources, plus(ids, Objects.requireNonNull(id, "id")), from, to, sort, offset, limit, feedback, copiesGrouped);
    }

    /**
     * {@return this search, for articles published from {@code from} to {@code to}, both days included}
     *
     * @param from the earliest day, or {@code null} to leave that end open
     * @param to the latest day, or {@code null} to leave that end open
     */
    public Search publishedBetween(LocalDate from, LocalDate to) {
        return new Search(query, names, sources, ids, from, to, sort, offset, limit, feedback, copiesGrouped);
    }

    /**
     * {@return this search with another query in lede's syntax (null for filters alone), its filters, order and page kept}
     *
     * @param newQuery the query
     */
    public Search withQuery(String newQuery) {
        return new Search(newQuery, names, sources, ids, from, to, sort, offset, limit, feedback, copiesGrouped);
    }

    /**
     * {@return this search in another order}
     *
     * @param order the order of the hits
     */
    public Search sortedBy(Sort order) {
        return new Search(query, names, sources, ids, from, to, order, offset, limit, feedback, copiesGrouped);
    }

    /**
     * {@return this search's hits from position {@code offset + 1}, at most {@code limit} of them}
     *
     * @param offset how many of the best hits to pass over, 0 or more
     * @param limit how many hits to return at most; {@code offset + limit} is at most {@value #MAX_WINDOW}
     */
    public Search page(int offset, int limit) {
        return new Search(query, names, sources, ids, from, to, sort, offset, limit, feedback, copiesGrouped);
    }

    /**
     * This search with pseudo-relevance feedback ({@link Feedback#DEFAULT}, or settings of your own): the words of
     * the query's best articles score its best matches again. It reorders matches by relevance and adds none.
     *
     * @param feedback the feedback settings, or {@code null} for none
     * @return this search with that feedback
     */
    public Search withFeedback(Feedback feedback) {
        return new Search(query, names, sources, ids, from, to, sort, offset, limit, feedback, copiesGrouped);
    }

    /**
     * {@return this search with near-copies of one article shown as one hit, or each as a hit of its own}
     *
     * @param grouped {@code true} (the default) for one hit per story, {@code false} for every copy
     */
    public Search withCopiesGrouped(boolean grouped) {
        return new Search(query, names, sources, ids, from, to, sort, offset, limit, feedback, grouped);
    }

    /** {@return whether the search has no filter beyond its query} */
    public boolean unfiltered() {
        return names.isEmpty() && sources.isEmpty() && ids.isEmpty() && from == null && to == null;
    }

    /**
     * User text as one exact phrase of lede's query syntax, whatever it holds: {@code "source:" + Search.quote(site)}
     * or {@code "name:" + Search.quote(name)} cannot turn into other syntax. (Filters as values need no quoting.)
     *
     * @param text the user's text
     * @return the text in quotes, with quotes and backslashes inside it escaped
     */
    public static String quote(String text) {
        StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '"' || c == '“' || c == '”' || c == '„') {
                quoted.append('\\');
            }
            quoted.append(c);
        }
        return quoted.append('"').toString();
    }

    private static <T> List<T> plus(List<T> list, T more) {
        List<T> longer = new ArrayList<>(list);
        longer.add(more);
        return longer;
    }
}
