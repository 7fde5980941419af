package dev.lede.internal.names;

import dev.lede.Name;
import dev.lede.NameMentions;
import dev.lede.NamePosition;
import dev.lede.NameType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names found by the statistical tagger ({@link NameTagger}, trained on CoNLL-2003 news) together
 * with lede's rules: the tagger finds the names and their types; the word lists give known places and
 * organisations their canonical names ("U.S." is "United States"); a person named in full and then by
 * surname is one person; and, by {@link Policy}, the names only the rules find are added.
 */
public final class TrainedNameExtractor implements NameExtractor {
    /** The model bundled with lede (see the README's "Names" section for what it was trained on). */
    public static final String BUNDLED_MODEL = "conll2003-names.bin";

    /** How the tagger's names and the rules' names are put together. */
    public enum Policy {
        /** The tagger's names only (canonical forms and surnames still from lede's lists and the article). */
        MODEL,
        /**
         * The tagger's names, then those of the rules' names that the word lists know and none of the tagger's
         * forms covers: a known place or outlet the tagger left out, not the rules' guesses at capitalised
         * phrases (measured in EVALUATION.md: the guesses cost precision on real news).
         */
        MODEL_THEN_RULES,
        /** The rules' names, then the tagger's names that none of the rules' forms covers. */
        RULES_THEN_MODEL
    }

    /**
     * The policy of {@code NameFinder.tagger()}, chosen on the held-out part of {@code eng.train}: the tagger's
     * names alone found as many with fewer wrong than with the rules' known names added (EVALUATION.md).
     */
    public static final Policy CHOSEN = Policy.MODEL;

    private final NameTagger tagger;
    private final Gazetteer gazetteer;
    private final RuleBasedNameExtractor rules;
    private final Policy policy;
    private final String version;

    private TrainedNameExtractor(NameTagger tagger, Gazetteer gazetteer, Policy policy, String model) {
        this.tagger = tagger;
        this.gazetteer = gazetteer;
        this.rules = new RuleBasedNameExtractor(gazetteer);
        this.policy = policy;
        this.version = "TrainedNameExtractor " + policy + " " + model;
    }

    /** lede's own model with the given policy. */
    public static TrainedNameExtractor bundled(Policy policy) {
        Gazetteer gazetteer = Gazetteer.load();
        try (InputStream in = TrainedNameExtractor.class.getResourceAsStream(BUNDLED_MODEL)) {
            if (in == null) {
                throw new IllegalStateException("lede is missing its name model " + BUNDLED_MODEL);
            }
            java.util.zip.CheckedInputStream checked = new java.util.zip.CheckedInputStream(in, new java.util.zip.CRC32());
            NameTagger tagger = NameTagger.read(checked, gazetteer);
            return new TrainedNameExtractor(tagger, gazetteer, policy, Long.toHexString(checked.getChecksum().getValue()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TrainedNameExtractor of(NameTagger tagger, Gazetteer gazetteer, Policy policy) {
        return new TrainedNameExtractor(tagger, gazetteer, policy, "unnamed");
    }

    /** {@return the extractor with its policy and model, as articles' fingerprints keep it: another model names them anew} */
    @Override
    public String version() {
        return version;
    }

    @Override
    public List<NameMentions> mentions(String title, String body) {
        try {
            List<Found> found = tagged(title == null ? "" : title, body == null ? "" : body);
            Names names = link(found);
            if (policy != Policy.MODEL) {
                // The rules' names where the tagger found no name: "New York" inside the tagger's
                // "New York Yankees" is not a second name.
                List<NamePosition> tagged = found.stream().map(Found::position).sorted(Positions.ORDER).toList();
                List<NameMentions> byRules = new ArrayList<>();
                for (NameMentions name : rules.mentions(title, body)) {
                    if (policy == Policy.MODEL_THEN_RULES && !known(name)) {
                        continue;
                    }
                    List<NamePosition> outside = name.positions().stream().filter(at -> !Positions.overlapsAny(at, tagged)).toList();
                    if (name.positions().isEmpty() || !outside.isEmpty()) {
                        byRules.add(new NameMentions(name.name(), name.count(), name.aliases(), outside));
                    }
                }
                names.merge(byRules, policy == Policy.RULES_THEN_MODEL);
            }
            return Acronyms.link(title, body, names.result());
        } catch (RuntimeException unexpected) {
            // Names are an aid to search; a text the tagger cannot handle must never stop indexing.
            return rules.mentions(title, body);
        }
    }

    /** True when the word lists know the name as a place or an organisation, by any of its forms. */
    private boolean known(NameMentions name) {
        return gazetteer.knows(name.name().text()) || name.aliases().stream().anyMatch(gazetteer::knows);
    }

    /** A name as the tagger found it: as written, its type, and where. */
    private record Found(String written, NameType type, boolean headline, NamePosition position) {}

    private List<Found> tagged(String title, String body) {
        if (!inTitleCase(title)) {
            return tagged(List.of(title, body), title);
        }
        // The tagger learnt headlines in capitals; one in title case ("Blinken Engages with ...") reads as a
        // run of names. It is tagged on its own, and keeps the names the body also has or the lists know.
        List<Found> found = new ArrayList<>(tagged(List.of(body), null));
        Set<String> inBody = new java.util.HashSet<>();
        found.forEach(name -> inBody.add(fold(name.written())));
        for (Found name : tagged(List.of(title), title)) {
            if (inBody.contains(fold(name.written())) || gazetteer.knows(name.written())) {
                found.add(name);
            }
        }
        return found;
    }

    /** The tagger's names in {@code parts}, tagged as one article; those in {@code title} (one of them, or null) are the headline's. */
    private List<Found> tagged(List<String> parts, String title) {
        List<String[]> sentences = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<List<Words.Word>> words = new ArrayList<>();
        int titleSentences = 0;
        for (String text : parts) {
            List<Words.Word> current = new ArrayList<>();
            for (Words.Word word : Words.of(text)) {
                current.add(word);
                if (word.sentenceEnd()) {
                    words.add(current);
                    texts.add(text);
                    current = new ArrayList<>();
                }
            }
            if (!current.isEmpty()) {
                words.add(current);
                texts.add(text);
            }
            if (text == title) {
                titleSentences = words.size();
            }
        }
        for (List<Words.Word> sentence : words) {
            sentences.add(sentence.stream().map(Words.Word::text).toArray(String[]::new));
        }
        int[][] tags = tagger.tag(sentences);
        List<Found> found = new ArrayList<>();
        for (int s = 0; s < tags.length; s++) {
            for (NameTagger.Span span : NameTagger.spans(tags[s])) {
                int i = span.start();
                int end = span.end();
                NameType lede = switch (span.type()) {
                    case 0 -> NameType.PERSON;
                    case 1 -> NameType.ORGANIZATION;
                    case 2 -> NameType.PLACE;
                    default -> null;
                };
                List<Words.Word> at = words.get(s);
                while (end - i > 1 && (RuleBasedNameExtractor.CALENDAR.contains(at.get(end - 1).text())
                        || RuleBasedNameExtractor.CONNECTORS.contains(at.get(end - 1).text()))) {
                    end--; // "Knesset on Tuesday" is the Knesset
                }
                while (lede == NameType.PERSON && end - i > 1 && (gazetteer.titles.contains(at.get(i).text())
                        || gazetteer.titles.contains(at.get(i).text().replace(".", "")))) {
                    i++; // "Mr Sullivan" is Sullivan
                }
                while (lede != null && lede != NameType.PERSON && end - i > 1 && title(at.get(end - 1).text())) {
                    end--; // "Labour MPs" are Labour's
                }
                if (lede != null) {
                    String written = texts.get(s).substring(at.get(i).start(), at.get(end - 1).end()).replaceAll("\\s+", " ");
                    NamePosition position = new NamePosition(s < titleSentences, at.get(i).start(), at.get(end - 1).end());
                    found.add(new Found(written, cuedType(written, lede), s < titleSentences, position));
                }
            }
        }
        return found;
    }

    /**
     * The type lede's cues give a name where they are clear: a last word such as "Bank" or "Airways"
     * makes an organisation, one such as "River" or "Bridge" a place; but not for a name the lists know
     * ("West Bank", "Soviet Union"), nor for a person of a given name and one more word ("Wayne Bridge").
     * (Making every place the lists know a place was tried: news of sport names teams by their towns, and
     * it cost more than it gave.)
     */
    private NameType cuedType(String written, NameType tagged) {
        if (gazetteer.knows(written)) {
            return tagged;
        }
        int space = written.lastIndexOf(' ');
        boolean givenAndSurname = tagged == NameType.PERSON && written.indexOf(' ') == space
                && gazetteer.givenNames.contains(written.substring(0, Math.max(0, space)));
        if (space > 0 && !givenAndSurname) { // "Wayne Bridge" the footballer stays a person
            String last = written.substring(space + 1);
            if (RuleBasedNameExtractor.ORGANIZATION_SUFFIXES.contains(last)) {
                return NameType.ORGANIZATION;
            }
            if (RuleBasedNameExtractor.PLACE_SUFFIXES.contains(last)) {
                return NameType.PLACE;
            }
        }
        return tagged;
    }

    /** A title such as "MP" or "Minister", or its plural. */
    private boolean title(String word) {
        return gazetteer.titles.contains(word) || word.endsWith("s") && gazetteer.titles.contains(word.substring(0, word.length() - 1));
    }

    /** True when most words of the headline start with a capital but not all of it is in capitals. */
    private static boolean inTitleCase(String title) {
        int words = 0;
        int capitalised = 0;
        boolean lower = false;
        for (Words.Word word : Words.of(title)) {
            char first = word.text().charAt(0);
            if (Character.isLetter(first)) {
                words++;
                capitalised += Character.isUpperCase(first) ? 1 : 0;
                lower |= !word.text().equals(word.text().toUpperCase(Locale.ROOT));
            }
        }
        return lower && words > 2 && capitalised * 3 >= words * 2;
    }

    /** The names of one article being put together: canonical name to its mentions and written forms. */
    private static final class Names {
        final Map<Name, Integer> counts = new LinkedHashMap<>();
        final Map<Name, Set<String>> forms = new LinkedHashMap<>();
        /** Written form (folded) to its name, for linking later mentions and the rules' names. */
        final Map<String, Name> byForm = new LinkedHashMap<>();
        final Map<Name, List<NamePosition>> positions = new LinkedHashMap<>();

        void add(Name name, String written, int count, List<NamePosition> at) {
            counts.merge(name, count, Integer::sum);
            positions.computeIfAbsent(name, n -> new ArrayList<>()).addAll(at);
            Set<String> written0 = forms.computeIfAbsent(name, n -> new LinkedHashSet<>());
            if (!written.equals(name.text())) {
                written0.add(written);
            }
            byForm.putIfAbsent(fold(written), name);
            byForm.putIfAbsent(fold(name.text()), name);
        }

        /** Adds the rules' names that no form of these names covers; {@code rulesFirst} puts them before. */
        void merge(List<NameMentions> byRules, boolean rulesFirst) {
            Names merged = new Names();
            Names first = rulesFirst ? fromMentions(byRules) : this;
            Names then = rulesFirst ? this : fromMentions(byRules);
            first.counts.forEach((name, count) -> merged.addAll(name, count, first.forms.get(name), first.positions.get(name)));
            then.counts.forEach((name, count) -> {
                boolean covered = then.allForms(name).stream().anyMatch(form -> merged.byForm.containsKey(fold(form)));
                if (!covered) {
                    merged.addAll(name, count, then.forms.get(name), then.positions.get(name));
                }
            });
            counts.clear();
            forms.clear();
            byForm.clear();
            positions.clear();
            merged.counts.forEach((name, count) -> addAll(name, count, merged.forms.get(name), merged.positions.get(name)));
        }

        private void addAll(Name name, int count, Set<String> written, List<NamePosition> at) {
            add(name, name.text(), count, at);
            for (String form : written) {
                add(name, form, 0, List.of());
            }
        }

        private List<String> allForms(Name name) {
            List<String> all = new ArrayList<>(forms.get(name));
            all.add(name.text());
            return all;
        }

        private static Names fromMentions(List<NameMentions> mentions) {
            Names names = new Names();
            for (NameMentions mention : mentions) {
                names.add(mention.name(), mention.name().text(), mention.count(), mention.positions());
                for (String alias : mention.aliases()) {
                    names.add(mention.name(), alias, 0, List.of());
                }
            }
            return names;
        }

        List<NameMentions> result() {
            List<NameMentions> result = new ArrayList<>();
            counts.forEach((name, count) -> {
                List<NamePosition> at = new ArrayList<>(positions.get(name));
                at.sort(Positions.ORDER);
                result.add(new NameMentions(name, Math.max(1, count), List.copyOf(forms.get(name)), at));
            });
            return result;
        }
    }

    /**
     * Puts the tagger's mentions together: known places and organisations by their canonical names, a
     * person's surname (or a headline in capitals) with the full name the article uses.
     */
    private Names link(List<Found> tagged) {
        // One form, one type in an article: the type the tagger gave it most often ("Veritas" the party throughout).
        Map<String, int[]> votes = new LinkedHashMap<>();
        for (Found mention : tagged) {
            votes.computeIfAbsent(fold(mention.written()), k -> new int[NameType.values().length])[mention.type().ordinal()]++;
        }
        List<Found> found = new ArrayList<>();
        for (Found mention : tagged) {
            int[] count = votes.get(fold(mention.written()));
            NameType type = mention.type();
            for (NameType other : NameType.values()) {
                if (count[other.ordinal()] > count[type.ordinal()]) {
                    type = other;
                }
            }
            found.add(new Found(mention.written(), type, mention.headline(), mention.position()));
        }
        // Full names of people first, so that a surname anywhere in the article finds its person.
        Map<String, Name> bySurname = new LinkedHashMap<>();
        Map<String, Name> byFullName = new LinkedHashMap<>();
        Map<String, Name> byFirstWord = new LinkedHashMap<>();
        for (Found mention : found) {
            String text = mention.written();
            if (mention.type() == NameType.ORGANIZATION && text.indexOf(' ') > 0 && !mention.headline()) {
                // "Aurora" after "Aurora Airways" is the airline, whatever the tagger says.
                byFirstWord.putIfAbsent(fold(text.substring(0, text.indexOf(' '))), new Name(text, NameType.ORGANIZATION));
            }
            if (mention.type() == NameType.PERSON && text.indexOf(' ') > 0 && !mention.headline()) {
                String[] words = text.split(" ");
                String key = words[0] + " " + words[words.length - 1];
                Name name = byFullName.computeIfAbsent(key, k -> new Name(text, NameType.PERSON));
                bySurname.putIfAbsent(fold(words[words.length - 1]), name);
            }
        }
        // A headline in capitals ("IAAF BANS ...") takes the body's spelling where the body has one.
        Map<String, String> bodySpelling = new LinkedHashMap<>();
        for (Found mention : found) {
            if (!mention.headline()) {
                bodySpelling.putIfAbsent(fold(mention.written()), mention.written());
            }
        }
        Names names = new Names();
        for (int n = 0; n < found.size(); n++) {
            Found mention = found.get(n);
            String spelling = mention.headline() ? bodySpelling.get(fold(mention.written())) : null;
            if (spelling != null) {
                mention = new Found(spelling, mention.type(), false, mention.position());
            }
            Name organization = byFirstWord.get(fold(mention.written()));
            Name name = organization != null && mention.type() != NameType.PLACE && !organization.text().equals(mention.written())
                    && !gazetteer.places.containsKey(mention.written()) && !gazetteer.givenNames.contains(mention.written())
                    && !bySurname.containsKey(fold(mention.written()))
                    ? names.byForm.getOrDefault(fold(organization.text()), organization)
                    : resolve(mention, bySurname, byFullName, names);
            names.add(name, mention.written(), 1, List.of(mention.position()));
        }
        return names;
    }

    private Name resolve(Found mention, Map<String, Name> bySurname, Map<String, Name> byFullName, Names names) {
        String text = mention.written();
        String folded = fold(text);
        if (mention.type() == NameType.PERSON && text.indexOf(' ') > 0) {
            String[] words = text.split(" ");
            Name full = byFullName.get(words[0] + " " + words[words.length - 1]);
            if (full != null) {
                return full;
            }
        }
        if (text.indexOf(' ') < 0) {
            Name person = bySurname.get(folded);
            if (person != null) {
                return person; // "Blair", "BLAIR", even when the tagger took it for something else
            }
        }
        String cased = Tokens.uncapitalized(text);
        if (text.equals(text.toUpperCase(Locale.ROOT))) {
            // Acronyms the lists know ("US", "EU") keep the lists' type: the tagger never saw most without full stops.
            if (gazetteer.places.containsKey(text)) {
                return new Name(gazetteer.places.get(text), NameType.PLACE);
            }
            if (gazetteer.organizations.containsKey(text)) {
                return new Name(gazetteer.organizations.get(text), NameType.ORGANIZATION);
            }
        }
        String canonical = switch (mention.type()) {
            case PLACE -> gazetteer.places.get(cased);
            case ORGANIZATION -> gazetteer.organizations.get(cased);
            case PERSON -> null;
        };
        if (canonical != null) {
            return new Name(canonical, mention.type());
        }
        Name earlier = names.byForm.get(folded);
        if (earlier != null && (earlier.type() == mention.type() || mention.headline())) {
            return earlier;
        }
        return new Name(mention.headline() ? cased : text, mention.type());
    }

    /** Case and possessives do not make forms different. */
    private static String fold(String text) {
        String folded = text.toLowerCase(Locale.ROOT);
        if (folded.endsWith("'s") || folded.endsWith("’s")) {
            folded = folded.substring(0, folded.length() - 2);
        }
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }
}
