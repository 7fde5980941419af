package dev.lede;

import java.util.List;

/**
 * A name as an article uses it: how often, in which other forms, and where.
 *
 * @param name the canonical name
 * @param count how many times the article mentions it (headline included)
 * @param aliases the other forms it was written in ("Blinken", "US"), without possessive endings
 * @param positions where each mention is, title first, in order; empty when not known (names that
 *     came with the article)
 */
public record NameMentions(Name name, int count, List<String> aliases, List<NamePosition> positions) {
    /** Mentions holding copies of the given lists. */
    public NameMentions {
        aliases = List.copyOf(aliases);
        positions = List.copyOf(positions);
    }

    /**
     * A name whose positions are not known.
     *
     * @param name the canonical name
     * @param count how many times the article mentions it
     * @param aliases the other forms it was written in
     */
    public NameMentions(Name name, int count, List<String> aliases) {
        this(name, count, aliases, List.of());
    }
}
