package dev.lede.internal.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Word lists bundled with lede: known places and organisations (each a canonical name with its
 * aliases), given names, person titles, and capitalised words that are never names.
 */
final class Gazetteer {
    /** Alias (as written, e.g. "U.S.") to canonical name ("United States"). */
    final Map<String, String> places = new HashMap<>();
    final Map<String, String> organizations = new HashMap<>();
    final Set<String> givenNames = new HashSet<>();
    final Set<String> titles = new HashSet<>();
    final Set<String> notNames = new HashSet<>();
    /** The longest entry, in words, so matching knows how far to look. */
    int longestEntryWords;

    /** {@return true when the lists know {@code form}, as written, as a place or an organisation} */
    boolean knows(String form) {
        return places.containsKey(form) || organizations.containsKey(form);
    }

    static Gazetteer load() {
        Gazetteer gazetteer = new Gazetteer();
        gazetteer.readAliases("places.txt", gazetteer.places);
        gazetteer.readAliases("organizations.txt", gazetteer.organizations);
        readLines("given-names.txt", gazetteer.givenNames::add);
        readLines("titles.txt", gazetteer.titles::add);
        readLines("not-names.txt", gazetteer.notNames::add);
        return gazetteer;
    }

    private void readAliases(String resource, Map<String, String> into) {
        readLines(resource, line -> {
            String[] names = line.split("\\|");
            String canonical = names[0].strip();
            for (String name : names) {
                String alias = name.strip();
                if (!alias.isEmpty()) {
                    into.putIfAbsent(alias, canonical);
                    longestEntryWords = Math.max(longestEntryWords, alias.split(" ").length);
                }
            }
        });
    }

    private static void readLines(String resource, Consumer<String> each) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lede is missing its word list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    each.accept(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
