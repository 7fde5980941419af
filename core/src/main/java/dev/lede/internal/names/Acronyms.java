package dev.lede.internal.names;

import dev.lede.NameMentions;
import dev.lede.NamePosition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Joins an acronym to the name it stands for in the same article: "UKIP" is the "UK Independence
 * Party", "SEC" the "Securities and Exchange Commission". An acronym is one word in capitals (two to
 * six letters); it stands for an organisation or place of two or more words whose initials spell it,
 * joining words ("of", "and", "the") left out or kept, and a word in capitals giving all its letters
 * ("UK"). Only an organisation takes an acronym the extractor did not find as a name.
 */
final class Acronyms {
    private static final Set<String> JOINING = Set.of("of", "and", "the", "for", "&", "de", "du", "des", "la", "le", "on", "in");

    private Acronyms() {}

    /**
     * The names with each acronym joined to the article's name it spells, counts, forms and positions
     * together; an acronym the extractor did not take for a name ("UKIP leader ...") joins too.
     */
    static List<NameMentions> link(String title, String body, List<NameMentions> names) {
        List<NameMentions> result = new ArrayList<>(joined(names));
        List<NamePosition> taken = new ArrayList<>();
        Set<String> written = new java.util.HashSet<>();
        for (NameMentions name : result) {
            taken.addAll(name.positions());
            written.add(name.name().text());
            written.addAll(name.aliases());
        }
        // Every organisation's acronym looked for at once; each is found where no other name is.
        List<NameMentions> acronyms = new ArrayList<>();
        List<Integer> of = new ArrayList<>();
        for (int n = 0; n < result.size(); n++) {
            NameMentions full = result.get(n);
            // Only organisations: "TB" in an article about Tony Blair is not him.
            if (full.name().type() != dev.lede.NameType.ORGANIZATION || full.name().text().indexOf(' ') < 0
                    || full.positions().isEmpty()) {
                continue;
            }
            for (String letters : new LinkedHashSet<>(List.of(initials(full.name().text(), false), initials(full.name().text(), true)))) {
                boolean inText = (body != null && body.contains(letters)) || (title != null && title.contains(letters));
                if (isAcronym(letters) && inText && written.add(letters)) {
                    acronyms.add(new NameMentions(new dev.lede.Name(letters, full.name().type()), 0, List.of()));
                    of.add(n);
                }
            }
        }
        if (acronyms.isEmpty()) {
            return result;
        }
        List<NameMentions> placed = Positions.locate(title, body, acronyms, taken);
        for (int k = 0; k < placed.size(); k++) {
            NameMentions acronym = placed.get(k);
            if (!acronym.positions().isEmpty()) {
                acronym = new NameMentions(acronym.name(), acronym.positions().size(), List.of(), acronym.positions());
                result.set(of.get(k), joined(result.get(of.get(k)), acronym));
            }
        }
        return result;
    }

    /** The names with each acronym name joined to the name it spells. */
    private static List<NameMentions> joined(List<NameMentions> names) {
        List<NameMentions> result = new ArrayList<>(names);
        for (NameMentions acronym : names) {
            String letters = acronym.name().text();
            if (!isAcronym(letters)) {
                continue;
            }
            for (int n = 0; n < result.size(); n++) {
                NameMentions full = result.get(n);
                if (full != acronym && full.name().type() != dev.lede.NameType.PERSON && full.name().text().indexOf(' ') > 0
                        && spells(full.name().text(), letters)) {
                    result.set(n, joined(full, acronym));
                    result.remove(acronym);
                    break;
                }
            }
        }
        return result;
    }

    private static NameMentions joined(NameMentions full, NameMentions acronym) {
        Set<String> aliases = new LinkedHashSet<>(full.aliases());
        aliases.add(acronym.name().text());
        aliases.addAll(acronym.aliases());
        aliases.remove(full.name().text());
        List<NamePosition> positions = new ArrayList<>(full.positions());
        positions.addAll(acronym.positions());
        positions.sort(Positions.ORDER);
        return new NameMentions(full.name(), full.count() + acronym.count(), List.copyOf(aliases), positions);
    }

    static boolean isAcronym(String text) {
        if (text.length() < 2 || text.length() > 6) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when the initials of {@code name}'s words, joining words left out or kept, are {@code acronym}. */
    static boolean spells(String name, String acronym) {
        return acronym.equals(initials(name, false)) || acronym.equals(initials(name, true));
    }

    private static String initials(String name, boolean withJoining) {
        StringBuilder out = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (JOINING.contains(word.toLowerCase(Locale.ROOT)) && !withJoining) {
                continue;
            }
            if (isAcronym(word)) {
                out.append(word); // "UK" in "UK Independence Party"
            } else {
                out.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return out.toString();
    }
}
