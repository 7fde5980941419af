package dev.lede.internal.names;

import dev.lede.Name;
import dev.lede.NameType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The name mentions found in one article, in order, and how they resolve: a lone surname
 * ("Blinken") becomes the full name the article uses ("Antony Blinken"), and a two-word run that
 * no cue marks is a person only when the article also calls them by surname alone.
 */
final class Mentions {
    private enum Kind { DEFINITE, PERSON_CUED, PERSON_UNCUED, SINGLE, SINGLE_CUED }

    private record Mention(String text, NameType type, Kind kind) {}

    private final List<Mention> mentions = new ArrayList<>();
    private Map<String, Name> lookup;

    void add(String text, NameType type) {
        mentions.add(new Mention(text, type, Kind.DEFINITE));
    }

    void addPersonCandidate(String text, boolean cued) {
        mentions.add(new Mention(text, NameType.PERSON, cued ? Kind.PERSON_CUED : Kind.PERSON_UNCUED));
    }

    void addSingle(String text, boolean cued) {
        mentions.add(new Mention(text, NameType.PERSON, cued ? Kind.SINGLE_CUED : Kind.SINGLE));
    }

    /** The resolved name a headline phrase refers to (a canonical name or a surname), or null. */
    Name lookup(String text) {
        if (lookup == null) {
            resolve();
        }
        return lookup.get(text);
    }

    List<Name> resolve() {
        Set<String> singles = new HashSet<>();
        for (Mention mention : mentions) {
            if (mention.kind() == Kind.SINGLE || mention.kind() == Kind.SINGLE_CUED) {
                singles.add(mention.text());
            }
        }
        // Full names first: a surname can only point at a person the article names in full.
        Map<String, Name> bySurname = new LinkedHashMap<>();
        Map<String, Name> byText = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            boolean person = mention.kind() == Kind.PERSON_CUED
                    || (mention.kind() == Kind.PERSON_UNCUED && singles.contains(lastWord(mention.text())));
            if (person) {
                Name name = byText.computeIfAbsent(personKey(mention.text()), key -> new Name(mention.text(), NameType.PERSON));
                bySurname.putIfAbsent(lastWord(mention.text()), name);
            } else if (mention.kind() == Kind.DEFINITE) {
                byText.putIfAbsent(mention.type() + "|" + mention.text(), new Name(mention.text(), mention.type()));
            }
        }
        Map<String, Name> ordered = new LinkedHashMap<>();
        lookup = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            Name name = switch (mention.kind()) {
                case DEFINITE -> byText.get(mention.type() + "|" + mention.text());
                case PERSON_CUED, PERSON_UNCUED -> byText.get(personKey(mention.text()));
                case SINGLE, SINGLE_CUED -> {
                    Name full = bySurname.get(mention.text());
                    yield full != null || mention.kind() == Kind.SINGLE ? full : new Name(mention.text(), NameType.PERSON);
                }
            };
            if (name != null) {
                ordered.putIfAbsent(name.type() + "|" + name.text(), name);
                lookup.putIfAbsent(mention.text(), name);
                lookup.putIfAbsent(name.text(), name);
            }
        }
        bySurname.forEach(lookup::putIfAbsent);
        return List.copyOf(ordered.values());
    }

    /** "Elena M. Vasquez" and "Elena Vasquez" are one person: compare first and last words. */
    private static String personKey(String text) {
        String[] words = text.split(" ");
        return NameType.PERSON + "|" + words[0] + " " + words[words.length - 1];
    }

    private static String lastWord(String text) {
        return text.substring(text.lastIndexOf(' ') + 1);
    }
}
