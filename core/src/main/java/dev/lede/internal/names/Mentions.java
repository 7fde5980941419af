package dev.lede.internal.names;

import dev.lede.Name;
import dev.lede.NameMentions;
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
    private enum Kind { DEFINITE, PERSON_CUED, PERSON_UNCUED, SINGLE, SINGLE_CUED, PLACE_CUED }

    /** {@code text} is the name as classified; {@code written} is how the article wrote it ("US" for "United States"). */
    private record Mention(String text, NameType type, Kind kind, String written) {
        Mention(String text, NameType type, Kind kind) {
            this(text, type, kind, text);
        }
    }

    private final List<Mention> mentions = new ArrayList<>();
    private Map<String, Name> lookup;

    void add(String text, NameType type) {
        add(text, type, text);
    }

    void add(String canonical, NameType type, String written) {
        mentions.add(new Mention(canonical, type, Kind.DEFINITE, written));
    }

    void addPersonCandidate(String text, boolean cued) {
        mentions.add(new Mention(text, NameType.PERSON, cued ? Kind.PERSON_CUED : Kind.PERSON_UNCUED));
    }

    /** An unknown name after "in", "near"...: a place, unless the article names a person so. */
    void addPlaceCandidate(String text) {
        mentions.add(new Mention(text, NameType.PLACE, Kind.PLACE_CUED));
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
        return resolveWithCounts().stream().map(NameMentions::name).toList();
    }

    /** The resolved names in order of first mention, each with its mention count and other written forms. */
    List<NameMentions> resolveWithCounts() {
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
        Map<Name, Integer> counts = new LinkedHashMap<>();
        Map<Name, Set<String>> forms = new LinkedHashMap<>();
        lookup = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            Name name = switch (mention.kind()) {
                case DEFINITE -> byText.get(mention.type() + "|" + mention.text());
                case PERSON_CUED, PERSON_UNCUED -> byText.get(personKey(mention.text()));
                case SINGLE, SINGLE_CUED -> {
                    Name full = bySurname.get(mention.text());
                    yield full != null || mention.kind() == Kind.SINGLE ? full : new Name(mention.text(), NameType.PERSON);
                }
                case PLACE_CUED -> {
                    Name person = bySurname.get(lastWord(mention.text()));
                    yield person != null ? person : new Name(mention.text(), NameType.PLACE);
                }
            };
            if (name != null) {
                counts.merge(name, 1, Integer::sum);
                Set<String> written = forms.computeIfAbsent(name, n -> new java.util.LinkedHashSet<>());
                if (!mention.written().equals(name.text())) {
                    written.add(mention.written());
                }
                lookup.putIfAbsent(mention.text(), name);
                lookup.putIfAbsent(name.text(), name);
            }
        }
        bySurname.forEach(lookup::putIfAbsent);
        List<NameMentions> resolved = new ArrayList<>();
        counts.forEach((name, count) -> resolved.add(new NameMentions(name, count, List.copyOf(forms.get(name)))));
        return resolved;
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
