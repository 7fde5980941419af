package dev.lede;

import java.util.List;

/**
 * A name as an article uses it: how often, and in which other forms.
 *
 * @param name the canonical name
 * @param count how many times the article mentions it (headline included)
 * @param aliases the other forms it was written in ("Blinken", "US"), without possessive endings
 */
public record NameMentions(Name name, int count, List<String> aliases) {
    public NameMentions {
        aliases = List.copyOf(aliases);
    }
}
