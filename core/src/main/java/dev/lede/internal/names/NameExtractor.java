package dev.lede.internal.names;

import dev.lede.Name;
import dev.lede.NameMentions;
import java.util.List;

/** Finds the people, organisations and places an article names, each once, in canonical form. */
public interface NameExtractor {
    /** The names in an article, in order of first mention, with how often and how each is written. Never throws. */
    List<NameMentions> mentions(String title, String body);

    /** {@return which extractor this is, as articles' fingerprints keep it: the class name, as they always have} */
    default String version() {
        return getClass().getSimpleName();
    }

    /** The names in an article, in order of first mention. Never throws on any text. */
    default List<Name> extract(String title, String body) {
        return mentions(title, body).stream().map(NameMentions::name).toList();
    }
}
