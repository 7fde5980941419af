package dev.lede.internal.names;

import dev.lede.Name;
import java.util.List;

/** Finds the people, organisations and places an article names, each once, in canonical form. */
public interface NameExtractor {
    /** The names in an article, in order of first mention. Never throws on any text. */
    List<Name> extract(String title, String body);
}
