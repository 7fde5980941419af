package dev.lede.internal.names;

import dev.lede.Name;
import dev.lede.NameType;
import dev.lede.internal.names.Tokens.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds names with rules and word lists, precision first: runs of capitalised words in the body are
 * names when a list knows them (places, organisations), a cue marks them (a title such as
 * "Prime Minister", a given name, an organisation or place suffix), or the article refers to them
 * again by surname. Single words ("Blinken", "Netanyahu’s") become the full name the article uses
 * elsewhere. The headline, where every word is capitalised, only contributes names known already.
 */
public final class RuleBasedNameExtractor implements NameExtractor {
    private static final Set<String> ORGANIZATION_SUFFIXES = Set.of(
            "Department", "Ministry", "Bank", "Council", "Party", "Union", "Organization", "Organisation", "Agency",
            "Group", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd", "Ltd.", "Plc", "PLC", "LLC", "AG", "SA", "GmbH",
            "University", "College", "Institute", "Association", "Committee", "Court", "Fund", "Authority",
            "Commission", "Foundation", "Service", "Services", "Airlines", "Airways", "Air", "Motors", "Energy",
            "Holdings", "Company", "Federation", "League", "Club", "FC", "Society", "Trust", "Board", "Office",
            "Police", "Army", "Navy", "Parliament", "Assembly", "Congress", "Senate", "Cabinet", "Network",
            "Hospital", "School", "Museum", "Festival", "Bureau", "Centre", "Center", "Laboratories", "Labs",
            "Technologies", "Technology", "Systems", "Pharmaceuticals", "Partners", "Capital", "Exchange",
            "Alliance", "Coalition", "Front", "Movement", "Brigades", "Corps", "Tribunal", "Programme",
            "Times", "Herald", "Gazette", "Tribune", "Post", "Journal", "Wire", "News", "Daily", "Review",
            "Observer", "Dispatch", "Record", "Weekly", "Orchestra", "Theatre", "Theater", "Studios",
            "Industries", "Logistics", "Shipping", "Steel", "Mining", "Bancorp", "Insurance", "Investments",
            "Ventures", "Collective", "Syndicate", "Directorate", "Secretariat", "Unit");
    private static final Set<String> ORGANIZATION_HEADS = Set.of(
            "University", "Ministry", "Bank", "Department", "Institute", "Museum", "Court", "Council", "Office",
            "Church", "House", "Board", "Academy", "Union", "Federation", "Association", "Party", "Society");
    private static final Set<String> PLACE_SUFFIXES = Set.of(
            "River", "Sea", "Ocean", "Mountains", "Island", "Islands", "Valley", "Province", "County", "Region",
            "Street", "Avenue", "Road", "Square", "Bay", "Lake", "Strait", "Gulf", "Peninsula", "Desert", "Park",
            "District", "Reef", "Coast", "Canal", "Airport", "Station", "Harbour", "Harbor", "Heights", "Hills",
            "Forest", "Glacier", "City", "Town", "Village", "Borough", "Quarter", "Basin", "Delta", "Plain",
            "Plateau", "Falls", "Beach", "Bridge", "Stadium", "Arena", "Port");
    private static final Set<String> PLACE_HEADS = Set.of("Mount", "Lake", "Port", "Gulf", "Cape", "Isle", "Fort");
    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "de", "van", "von", "der", "den", "al", "bin", "ibn", "da", "di", "du", "la", "le", "del",
            "dos", "das", "y", "el");
    private static final Set<String> CALENDAR = Set.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");
    private static final int MAX_PERSON_WORDS = 4;

    private final Gazetteer gazetteer;

    public RuleBasedNameExtractor() {
        this.gazetteer = Gazetteer.load();
    }

    @Override
    public List<Name> extract(String title, String body) {
        try {
            Mentions mentions = new Mentions();
            for (List<Token> span : spans(Tokens.of(body == null ? "" : body))) {
                classify(span, false, mentions);
            }
            List<Name> resolved = mentions.resolve();
            List<Name> fromTitle = knownNamesIn(title == null ? "" : title, resolved, mentions);
            return order(fromTitle, resolved);
        } catch (RuntimeException unexpected) {
            // Names are an aid to search; a text the rules cannot handle must never stop indexing.
            return List.of();
        }
    }

    /** Maximal runs of capitalised words, joined by connectors ("Bank of England"), split at punctuation. */
    private List<List<Token>> spans(List<Token> tokens) {
        List<List<Token>> spans = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean connector = !current.isEmpty() && CONNECTORS.contains(token.text())
                    && i + 1 < tokens.size() && tokens.get(i + 1).capitalized()
                    && !current.get(current.size() - 1).boundaryAfter() && !token.boundaryAfter();
            if (token.capitalized() || connector) {
                current.add(token);
                if (token.boundaryAfter()) {
                    spans.add(current);
                    current = new ArrayList<>();
                }
            } else if (!current.isEmpty()) {
                spans.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            spans.add(current);
        }
        return spans;
    }

    private void classify(List<Token> span, boolean titleCue, Mentions mentions) {
        span = trim(span);
        if (span.isEmpty()) {
            return;
        }
        String text = join(span);
        if (known(text, mentions)) {
            return;
        }
        String last = span.get(span.size() - 1).text();
        String first = span.get(0).text();
        if (span.size() > 1 && !titleCue) {
            if (ORGANIZATION_SUFFIXES.contains(last) || (ORGANIZATION_HEADS.contains(first) && span.get(1).text().equals("of"))) {
                mentions.add(stripArticle(text), NameType.ORGANIZATION);
                return;
            }
            if (PLACE_SUFFIXES.contains(last) || PLACE_HEADS.contains(first)) {
                mentions.add(stripArticle(text), NameType.PLACE);
                return;
            }
        }
        int[] title = lastTitle(span);
        if (title != null) {
            classify(span.subList(0, title[0]), false, mentions);
            classify(span.subList(title[1], span.size()), true, mentions);
            return;
        }
        int[] entry = firstKnown(span);
        if (entry != null) {
            classify(span.subList(0, entry[0]), titleCue, mentions);
            known(join(span.subList(entry[0], entry[1])), mentions);
            classify(span.subList(entry[1], span.size()), false, mentions);
            return;
        }
        if (span.size() == 1) {
            if (!gazetteer.notNames.contains(text)) {
                mentions.addSingle(text, titleCue);
            }
        } else if (span.size() <= MAX_PERSON_WORDS) {
            boolean cued = titleCue || gazetteer.givenNames.contains(first);
            mentions.addPersonCandidate(text, cued);
        }
    }

    /** Drops sentence-initial function words ("During", "While", "The"), dates, and dangling connectors. */
    private List<Token> trim(List<Token> span) {
        int from = 0;
        int to = span.size();
        while (from < to) {
            Token token = span.get(from);
            String text = token.text();
            boolean sentenceWord = token.sentenceStart() && (gazetteer.notNames.contains(text) || looksLikeVerb(text));
            if (sentenceWord || CALENDAR.contains(text) || CONNECTORS.contains(text)) {
                from++;
            } else {
                break;
            }
        }
        while (to > from && (CALENDAR.contains(span.get(to - 1).text()) || CONNECTORS.contains(span.get(to - 1).text()))) {
            to--;
        }
        for (int i = from; i < to; i++) {
            if (CALENDAR.contains(span.get(i).text())) {
                List<Token> before = span.subList(from, i);
                return before.isEmpty() ? trim(span.subList(i + 1, to)) : before;
            }
        }
        return span.subList(from, to);
    }

    private boolean looksLikeVerb(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return (lower.endsWith("ing") || lower.endsWith("ed") || lower.endsWith("ly"))
                && !gazetteer.givenNames.contains(word) && !gazetteer.places.containsKey(word)
                && !gazetteer.organizations.containsKey(word);
    }

    private boolean known(String text, Mentions mentions) {
        String place = gazetteer.places.get(text);
        if (place != null) {
            mentions.add(place, NameType.PLACE);
            return true;
        }
        String organization = gazetteer.organizations.get(text);
        if (organization != null) {
            mentions.add(organization, NameType.ORGANIZATION);
            return true;
        }
        return false;
    }

    /** [start, end) of the last title ("Prime Minister", "Dr.") in the span, longest first; null if none. */
    private int[] lastTitle(List<Token> span) {
        for (int start = span.size() - 1; start >= 0; start--) {
            for (int end = Math.min(span.size(), start + 4); end > start; end--) {
                if (gazetteer.titles.contains(join(span.subList(start, end)))) {
                    return new int[] {start, end};
                }
            }
        }
        return null;
    }

    /** [start, end) of the first known place or organisation inside the span, longest first; null if none. */
    private int[] firstKnown(List<Token> span) {
        for (int start = 0; start < span.size(); start++) {
            for (int end = Math.min(span.size(), start + gazetteer.longestEntryWords); end > start; end--) {
                String text = join(span.subList(start, end));
                if (gazetteer.places.containsKey(text) || gazetteer.organizations.containsKey(text)) {
                    return new int[] {start, end};
                }
            }
        }
        return null;
    }

    /** The headline only names what the body names, or what the lists know. */
    private List<Name> knownNamesIn(String title, List<Name> bodyNames, Mentions mentions) {
        Mentions titleMentions = new Mentions();
        List<Token> tokens = Tokens.of(title);
        for (int start = 0; start < tokens.size(); start++) {
            int matched = 0;
            for (int end = Math.min(tokens.size(), start + Math.max(gazetteer.longestEntryWords, MAX_PERSON_WORDS)); end > start; end--) {
                String text = join(tokens.subList(start, end));
                Name name = mentions.lookup(text);
                if (name != null) {
                    titleMentions.add(name.text(), name.type());
                    matched = end - start;
                    break;
                }
                if (known(text, titleMentions)) {
                    matched = end - start;
                    break;
                }
            }
            start += Math.max(0, matched - 1);
        }
        return titleMentions.resolve();
    }

    private static List<Name> order(List<Name> first, List<Name> then) {
        Map<String, Name> names = new LinkedHashMap<>();
        for (List<Name> list : List.of(first, then)) {
            for (Name name : list) {
                names.putIfAbsent(name.type() + "|" + name.text(), name);
            }
        }
        return List.copyOf(names.values());
    }

    private static String stripArticle(String text) {
        return text.startsWith("The ") ? text.substring(4) : text;
    }

    static String join(List<Token> tokens) {
        StringBuilder out = new StringBuilder();
        for (Token token : tokens) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(token.text());
        }
        return out.toString();
    }
}
