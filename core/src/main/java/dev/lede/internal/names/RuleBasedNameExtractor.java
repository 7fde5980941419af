package dev.lede.internal.names;

import dev.lede.Name;
import dev.lede.NameMentions;
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
    static final Set<String> ORGANIZATION_SUFFIXES = words(
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
            "Ventures", "Collective", "Syndicate", "Directorate", "Secretariat", "Unit", "Construction", "Research",
            "Securities", "Relief", "Consultants", "Consulting", "Advisors", "Advisers", "Analytics", "Associates",
            "Solutions", "Biologics", "Re", "Bond", "Guild", "Forum", "Institutet", "Academy", "Trade");
    private static final Set<String> ORGANIZATION_HEADS = words(
            "University", "Ministry", "Bank", "Department", "Institute", "Museum", "Court", "Council", "Office",
            "Church", "House", "Board", "Academy", "Union", "Federation", "Association", "Party", "Society", "Banque",
            "Banco", "Centre", "Center", "Commission", "Committee", "School", "College", "Agency", "Organisation",
            "Organization", "Office");
    static final Set<String> PLACE_SUFFIXES = words(
            "River", "Sea", "Ocean", "Mountains", "Island", "Islands", "Valley", "Province", "County", "Region",
            "Street", "Avenue", "Road", "Square", "Bay", "Lake", "Strait", "Gulf", "Peninsula", "Desert", "Park",
            "District", "Reef", "Coast", "Canal", "Airport", "Station", "Harbour", "Harbor", "Heights", "Hills",
            "Forest", "Glacier", "City", "Town", "Village", "Borough", "Quarter", "Basin", "Delta", "Plain",
            "Plateau", "Falls", "Beach", "Bridge", "Stadium", "Arena", "Port", "Boulevard", "Lane", "Corridor",
            "Mall", "Palace", "Hall");
    private static final Set<String> PLACE_HEADS = Set.of("Mount", "Lake", "Port", "Gulf", "Cape", "Isle", "Fort", "River");
    static final Set<String> CONNECTORS = Set.of(
            "of", "for", "de", "van", "von", "der", "den", "al", "bin", "ibn", "da", "di", "du", "la", "le", "del",
            "dos", "das", "y", "el");
    static final Set<String> CALENDAR = Set.of(
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
            "March", "April", "May", "June", "July", "August", "September", "October", "November", "December");
    private static final int MAX_PERSON_WORDS = 4;
    private static final int MAX_TITLE_WORDS = 4;
    /** Words after which an unknown capitalised run is a place: "flooding in Barneveld". */
    private static final Set<String> LOCATIVE = Set.of("in", "near", "outside", "across", "around", "toward", "towards");

    /** The word lists given, or null for the bundled ones, which are read when first needed: a search finds no names. */
    private final Gazetteer lists;

    /** The bundled lists, read once for every extractor. */
    private static final class Bundled {
        static final Gazetteer LISTS = Gazetteer.load();

        private Bundled() {}
    }

    /** A set of words, duplicates allowed in the listing. */
    private static Set<String> words(String... words) {
        return Set.copyOf(List.of(words));
    }

    public RuleBasedNameExtractor() {
        this.lists = null;
    }

    RuleBasedNameExtractor(Gazetteer gazetteer) {
        this.lists = gazetteer;
    }

    private Gazetteer gazetteer() {
        return lists != null ? lists : Bundled.LISTS;
    }

    @Override
    public List<NameMentions> mentions(String title, String body) {
        try {
            Mentions mentions = new Mentions();
            for (Span span : spans(Tokens.of(body == null ? "" : body))) {
                classify(span.tokens(), false, LOCATIVE.contains(span.before()), mentions);
            }
            List<NameMentions> inBody = mentions.resolveWithCounts();
            List<NameMentions> inTitle = knownNamesIn(title == null ? "" : title, mentions);
            return Acronyms.link(title, body, Positions.locate(title, body, merge(inTitle, inBody), List.of()));
        } catch (RuntimeException unexpected) {
            // Names are an aid to search; a text the rules cannot handle must never stop indexing.
            return List.of();
        }
    }

    /** A run of capitalised words and the word just before it ("in", "the", ...; empty at the start). */
    private record Span(List<Token> tokens, String before) {}

    /**
     * Maximal runs of capitalised words, joined by connectors ("Bank of England"), split at punctuation;
     * two runs joined by "and" stay one when they name one organisation ("Securities and Exchange Commission").
     */
    private List<Span> spans(List<Token> tokens) {
        List<Span> spans = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        String before = "";
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean connector = !current.isEmpty() && CONNECTORS.contains(token.text())
                    && i + 1 < tokens.size() && tokens.get(i + 1).capitalized()
                    && !current.get(current.size() - 1).boundaryAfter() && !token.boundaryAfter();
            if (token.capitalized() || connector) {
                if (current.isEmpty()) {
                    before = i == 0 ? "" : tokens.get(i - 1).text();
                }
                current.add(token);
                if (token.boundaryAfter()) {
                    spans.add(new Span(current, before));
                    current = new ArrayList<>();
                }
            } else {
                if (!current.isEmpty()) {
                    spans.add(new Span(current, before));
                    current = new ArrayList<>();
                }
                if (token.text().equals("and") && !spans.isEmpty() && i + 1 < tokens.size() && tokens.get(i + 1).capitalized()
                        && !tokens.get(i - 1).boundaryAfter() && tokens.get(i - 1) == last(spans.get(spans.size() - 1).tokens())) {
                    // Tentatively keep going; undone below unless the whole names an organisation.
                    current = new ArrayList<>(spans.remove(spans.size() - 1).tokens());
                    before = "\u0000" + before;
                    current.add(token);
                }
            }
        }
        if (!current.isEmpty()) {
            spans.add(new Span(current, before));
        }
        List<Span> result = new ArrayList<>();
        for (Span span : spans) {
            result.addAll(splitUnlessOrganization(span));
        }
        return result;
    }

    /** A run joined by "and" is one name only if it ends like an organisation or starts like one ("Institute of"). */
    private List<Span> splitUnlessOrganization(Span span) {
        if (!span.before().startsWith("\u0000")) {
            return List.of(span);
        }
        String before = span.before().substring(1);
        List<Token> tokens = span.tokens();
        int and = indexOf(tokens, "and");
        boolean twoNames = and > 0 && ORGANIZATION_SUFFIXES.contains(tokens.get(and - 1).text());
        boolean organization = !twoNames && ORGANIZATION_SUFFIXES.contains(last(tokens).text())
                || (ORGANIZATION_HEADS.contains(tokens.get(0).text()) && tokens.size() > 1 && tokens.get(1).text().equals("of"));
        if (organization && !last(tokens).text().equals("and")) {
            return List.of(new Span(tokens, before));
        }
        List<Span> parts = new ArrayList<>();
        List<Token> part = new ArrayList<>();
        String partBefore = before;
        for (Token token : tokens) {
            if (token.text().equals("and")) {
                if (!part.isEmpty()) {
                    parts.add(new Span(part, partBefore));
                }
                part = new ArrayList<>();
                partBefore = "and";
            } else {
                part.add(token);
            }
        }
        if (!part.isEmpty()) {
            parts.add(new Span(part, partBefore));
        }
        return parts;
    }

    private static Token last(List<Token> tokens) {
        return tokens.get(tokens.size() - 1);
    }

    private void classify(List<Token> span, boolean titleCue, boolean placeCue, Mentions mentions) {
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
        int of = indexOf(span, "of");
        if (of >= 2 && gazetteer().givenNames.contains(first)) {
            // "Leila Haddad of Crescent Bridge Relief": a person, then where they work.
            classify(span.subList(0, of), titleCue, false, mentions);
            classify(span.subList(of + 1, span.size()), false, false, mentions);
            return;
        }
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
            // What stands before a title qualifies it ("U.S. District Judge", "Finance Minister"): not a name.
            List<Token> rest = span.subList(title[1], span.size());
            if (!rest.isEmpty() && CONNECTORS.contains(rest.get(0).text())) {
                // "Minister for Tourism, Arts and Culture": a portfolio, part of the title; a name may follow it.
                int given = -1;
                for (int i = 1; i < rest.size() && given < 0; i++) {
                    given = gazetteer().givenNames.contains(rest.get(i).text()) ? i : -1;
                }
                rest = given < 0 ? List.of() : rest.subList(given, rest.size());
            }
            classify(rest, true, false, mentions);
            return;
        }
        int[] entry = firstKnown(span);
        if (entry != null) {
            classify(span.subList(0, entry[0]), titleCue, placeCue, mentions);
            known(join(span.subList(entry[0], entry[1])), mentions);
            classify(span.subList(entry[1], span.size()), false, false, mentions);
            return;
        }
        if (span.size() == 1 && isCamelCase(text) && !titleCue) {
            mentions.add(text, NameType.ORGANIZATION);
        } else if (placeCue && !titleCue && !gazetteer().givenNames.contains(first) && !gazetteer().notNames.contains(text)) {
            mentions.addPlaceCandidate(text);
        } else if (span.size() == 1) {
            if (!gazetteer().notNames.contains(text) && text.replace(".", "").length() > 1) {
                mentions.addSingle(text, titleCue);
            }
        } else if (span.size() <= MAX_PERSON_WORDS || titleCue) {
            List<Token> person = fromGivenName(span);
            boolean cued = titleCue || gazetteer().givenNames.contains(person.get(0).text());
            if (person.size() <= MAX_PERSON_WORDS) {
                mentions.addPersonCandidate(join(person), cued);
            }
        }
    }

    private static int indexOf(List<Token> span, String word) {
        for (int i = 0; i < span.size(); i++) {
            if (span.get(i).text().equals(word)) {
                return i;
            }
        }
        return -1;
    }

    /** "Crisis Management Henrik Lindqvist" after a title is "Henrik Lindqvist": a person's name starts at a given name. */
    private List<Token> fromGivenName(List<Token> span) {
        if (gazetteer().givenNames.contains(span.get(0).text())) {
            return span;
        }
        for (int i = 1; i < span.size() - 1; i++) {
            if (gazetteer().givenNames.contains(span.get(i).text())) {
                return span.subList(i, span.size());
            }
        }
        return span;
    }

    /** "CoinHarbor", "OpenAI": a capital inside a word marks a brand, not a person or a place. */
    private static boolean isCamelCase(String word) {
        for (int i = 1; i < word.length() - 1; i++) {
            if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Drops sentence-initial function words ("During", "While", "The"), dates, and dangling connectors. */
    private List<Token> trim(List<Token> span) {
        int from = 0;
        int to = span.size();
        while (from < to) {
            Token token = span.get(from);
            String text = token.text();
            boolean sentenceWord = token.sentenceStart() && (gazetteer().notNames.contains(text) || looksLikeVerb(text));
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
                && !gazetteer().givenNames.contains(word) && !gazetteer().places.containsKey(word)
                && !gazetteer().organizations.containsKey(word);
    }

    private boolean known(String written, Mentions mentions) {
        String text = written;
        if (text.length() > 3 && isUpperCase(text) && !gazetteer().places.containsKey(text)
                && !gazetteer().organizations.containsKey(text)) {
            text = Tokens.titleCase(text); // datelines: "TEL AVIV —"
        }
        String place = gazetteer().places.get(text);
        if (place != null) {
            mentions.add(place, NameType.PLACE, written);
            return true;
        }
        String organization = gazetteer().organizations.get(text);
        if (organization != null) {
            mentions.add(organization, NameType.ORGANIZATION, written);
            return true;
        }
        return false;
    }

    /** [start, end) of the last title ("Prime Minister", "Dr.") in the span, longest first; null if none. */
    private int[] lastTitle(List<Token> span) {
        for (int start = span.size() - 1; start >= 0; start--) {
            List<String> candidates = prefixes(span, start, MAX_TITLE_WORDS);
            for (int length = candidates.size(); length > 0; length--) {
                if (gazetteer().titles.contains(candidates.get(length - 1))) {
                    return new int[] {start, start + length};
                }
            }
        }
        return null;
    }

    /** [start, end) of the first known place or organisation inside the span, longest first; null if none. */
    private int[] firstKnown(List<Token> span) {
        for (int start = 0; start < span.size(); start++) {
            List<String> candidates = prefixes(span, start, gazetteer().longestEntryWords);
            for (int length = candidates.size(); length > 0; length--) {
                String text = candidates.get(length - 1);
                if (gazetteer().places.containsKey(text) || gazetteer().organizations.containsKey(text)) {
                    return new int[] {start, start + length};
                }
            }
        }
        return null;
    }

    /** The runs of one, two, ... up to {@code max} words from {@code start}, joined by spaces. */
    private static List<String> prefixes(List<Token> tokens, int start, int max) {
        List<String> prefixes = new ArrayList<>(max);
        StringBuilder text = new StringBuilder();
        for (int end = start; end < Math.min(tokens.size(), start + max); end++) {
            if (end > start) {
                text.append(' ');
            }
            prefixes.add(text.append(tokens.get(end).text()).toString());
        }
        return prefixes;
    }

    /** The headline only names what the body names, or what the lists know. */
    private List<NameMentions> knownNamesIn(String title, Mentions mentions) {
        Mentions titleMentions = new Mentions();
        List<Token> tokens = Tokens.of(title);
        for (int start = 0; start < tokens.size(); start++) {
            int matched = 0;
            List<String> candidates = prefixes(tokens, start, Math.max(gazetteer().longestEntryWords, MAX_PERSON_WORDS));
            for (int length = candidates.size(); length > 0; length--) {
                String text = candidates.get(length - 1);
                Name name = mentions.lookup(text);
                if (name != null) {
                    titleMentions.add(name.text(), name.type());
                    matched = length;
                    break;
                }
                if (known(text, titleMentions)) {
                    matched = length;
                    break;
                }
            }
            start += Math.max(0, matched - 1);
        }
        return titleMentions.resolveWithCounts();
    }

    /** Headline names first, counts added up. */
    private static List<NameMentions> merge(List<NameMentions> first, List<NameMentions> then) {
        Map<Name, NameMentions> names = new LinkedHashMap<>();
        for (List<NameMentions> list : List.of(first, then)) {
            for (NameMentions name : list) {
                names.merge(name.name(), name, (a, b) -> {
                    List<String> aliases = new ArrayList<>(a.aliases());
                    b.aliases().stream().filter(alias -> !aliases.contains(alias)).forEach(aliases::add);
                    return new NameMentions(a.name(), a.count() + b.count(), aliases);
                });
            }
        }
        return List.copyOf(names.values());
    }

    private static boolean isUpperCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
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
