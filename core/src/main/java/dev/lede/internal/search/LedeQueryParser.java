package dev.lede.internal.search;

import dev.lede.InvalidQueryException;
import dev.lede.NameType;
import dev.lede.internal.index.Fields;
import dev.lede.internal.index.TextLayout;
import dev.lede.internal.parse.ArticleIds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import dev.lede.internal.index.LedeAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Lucene's classic query syntax, shaped for news: plain words search headline and text at once;
 * {@code "quoted phrases"}, {@code -excluded} words, {@code AND}/{@code OR}, and field filters
 * {@code title:}, {@code body:}, {@code name:}, {@code person:}, {@code organization:}, {@code place:},
 * {@code source:aljazeera.com}, {@code date:[2024-01-01 TO 2024-06-30]} and {@code id:}.
 * Each plain word is scored once over headline and text (BM25F), and the words' scores add up (a plain sum,
 * which Lucene prunes far better than a best-field disjunction), so articles matching more of the query's
 * distinct words rank above those that match fewer. Phrases, patterns and near spellings without a field
 * search headline, text and names, weighted by {@link Fields#searched}.
 */
public final class LedeQueryParser extends QueryParser {
    private static final String ANY_FIELD = "_text";
    private static final String FIELD_HELP = "title:, body:, name:, person:, organization:, place:, source:, date: or id:";

    /** Bounds that keep any query's work small: parsing recurses per bracket, and every word costs a clause. */
    static final int MAX_QUERY_CHARS = 10_000;
    static final int MAX_NESTING = 20;

    /**
     * Fuzzy matching builds an automaton as long as the word and walks the terms with it: a 3,000-character
     * {@code word~2} took seconds. Words with {@code ~}, {@code *} or {@code ?} are bounded in length and number.
     */
    static final int MAX_PATTERN_CHARS = 20;
    static final int MAX_PATTERNS = 4;

    /** Words the analyser dropped whole (stop words, punctuation), to say why a query finds nothing. */
    private final List<String> dropped = new ArrayList<>();
    private int patterns;
    /** How the index searched holds headline and text; one written by an earlier version is searched as it was written. */
    private final TextLayout layout;
    /** Boosts of the fields phrases and patterns are searched in at once. */
    private final Map<String, Float> searched;
    /** Plain words are analysed with the extra forms of {@link LedeAnalyzer}; the rest of the query without them. */
    private final Analyzer plainWords;
    /**
     * Whether a capitalised word's unstemmed form is part of a person's name some article has. Any known name, or
     * any capitalised word stemmed, did worse on real news ("Man City" is not only "Man" capitalised; EVALUATION.md).
     */
    private final Predicate<String> knownName;

    public LedeQueryParser(Analyzer analyzer) {
        this(analyzer, TextLayout.WORDS, name -> false);
    }

    private LedeQueryParser(Analyzer analyzer, TextLayout layout, Predicate<String> knownName) {
        super(ANY_FIELD, analyzer instanceof LedeAnalyzer lede ? lede.typedWords() : analyzer);
        this.plainWords = analyzer;
        this.layout = layout;
        this.searched = Fields.searched(layout.textField());
        this.knownName = knownName;
        setDefaultOperator(Operator.OR);
        setAllowLeadingWildcard(false);
        setAutoGeneratePhraseQueries(false);
        setFuzzyPrefixLength(1);
    }

    /**
     * A parsed query: {@code query} is searched and ranked; {@code words} is what snippets mark (today the same query);
     * {@code byMentions} says a query of name filters alone is ranked by the names' mentions (see {@link #withProminence});
     * {@code plainWords} its analysed words, in order, when it is plain words alone (no operator, phrase, pattern or
     * filter), else empty; {@code layout} how the index it was parsed for holds headline and text.
     */
    public record Parsed(Query query, Query words, boolean byMentions, List<String> plainWords, TextLayout layout) {}

    /** The Lucene query for what a user typed; throws {@link InvalidQueryException} with a one-line reason. */
    public static Parsed parse(String userQuery, Analyzer analyzer) {
        return parse(userQuery, analyzer, TextLayout.WORDS, name -> false);
    }

    /** As {@link #parse(String, Analyzer)}, for searching {@code reader}, which an earlier version may have written. */
    public static Parsed parse(String userQuery, Analyzer analyzer, IndexReader reader) {
        Predicate<String> known = reader == null ? name -> false : name -> {
            try {
                return reader.docFreq(new Term(Fields.names(NameType.PERSON), name)) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        return parse(userQuery, analyzer, TextLayout.of(reader), known);
    }

    private static Parsed parse(String userQuery, Analyzer analyzer, TextLayout layout, Predicate<String> knownName) {
        String given = userQuery == null ? "" : userQuery;
        if (given.isBlank()) {
            throw new InvalidQueryException(userQuery, "The query is empty; type the words to search for.");
        }
        if (given.length() > MAX_QUERY_CHARS) {
            throw new InvalidQueryException(userQuery, "The query is longer than " + String.format(Locale.ROOT, "%,d", MAX_QUERY_CHARS)
                    + " characters; shorten it.");
        }
        QueryText text = QueryText.of(given);
        if (nesting(text.text()) > MAX_NESTING) {
            throw new InvalidQueryException(userQuery, "The query nests brackets more than " + MAX_NESTING + " deep; remove some brackets.");
        }
        LedeQueryParser parser = new LedeQueryParser(analyzer, layout, knownName);
        try {
            Query words = parser.matchingWhatIsLeft(parser.parse(text.text()));
            if (words instanceof BooleanQuery bool && bool.clauses().isEmpty()) {
                throw new InvalidQueryException(userQuery, parser.nothingToSearch());
            }
            Query ranked = parser.withProminence(words);
            return new Parsed(ranked, ranked, ranked != words, plainWords(ranked), layout);
        } catch (ParseException e) {
            throw new InvalidQueryException(userQuery, explain(e, text));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQueryException(userQuery, TOO_MANY_TERMS);
        } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
            // Lucene's term and automaton builders reject some patterns this way; their wording is not for users.
            throw new InvalidQueryException(userQuery, UNUSABLE_PATTERN);
        }
    }

    static final String TOO_MANY_TERMS = "The query expands to too many terms; make it more specific.";
    static final String UNUSABLE_PATTERN = "The query has a pattern lede cannot run; use plain words, or fewer * and ? in a word.";

    /** Why a query whose every word was dropped by analysis cannot find anything. */
    private String nothingToSearch() {
        // Lucene hands over runs of plain words at once ("the of"), so the words are split again here.
        List<String> typed = dropped.stream().flatMap(text -> Arrays.stream(text.strip().split("\\s+"))).toList();
        List<String> common = typed.stream().filter(w -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(w.toLowerCase(Locale.ROOT))).toList();
        if (!common.isEmpty() && common.size() == typed.size()) {
            return "The query has only common words that lede does not index (" + String.join(", ", common.stream().distinct()
                    .limit(8).map(LedeQueryParser::shown).toList()) + "); add a rarer word.";
        }
        return "The query has no words lede can search for; type letters or digits.";
    }

    /** A query made only of exclusions matches everything else. */
    private Query matchingWhatIsLeft(Query query) {
        if (query == null) {
            return new BooleanQuery.Builder().build();
        }
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder builder = new BooleanQuery.Builder().add(MatchAllDocsQuery.INSTANCE, BooleanClause.Occur.MUST);
            bool.clauses().forEach(builder::add);
            return builder.build();
        }
        return query;
    }

    /**
     * A query of name filters alone ({@code person:Mourinho}, {@code place:Iraq}) would score every match alike:
     * each article lists a name once. Such a query keeps the filters for matching and ranks by the name in the
     * headline and text, as plain words are ranked, so an article about him comes before one that names him once,
     * and the snippet is a passage that names him. A name of several words counts as the phrase, and a person's
     * also by surname alone ("Mourinho" for {@code person:"Jose Mourinho"}); "United States" is not "united" and "states".
     */
    private Query withProminence(Query words) {
        Searched found = Searched.in(words);
        if (found.text || found.names.isEmpty()) {
            return words;
        }
        BooleanQuery.Builder ranked = new BooleanQuery.Builder().add(words, BooleanClause.Occur.FILTER);
        for (Function<String, Query> name : found.names) {
            for (String field : List.of(Fields.TITLE, layout.textField())) {
                ranked.add(new BoostQuery(name.apply(field), searched.get(field)), BooleanClause.Occur.SHOULD);
            }
        }
        return ranked.build();
    }

    /** What a query looks for, leaving out what it excludes: words of headline or text, and names, as queries for a field. */
    private static final class Searched extends QueryVisitor {
        boolean text;
        final Set<Function<String, Query>> names = new LinkedHashSet<>();

        static Searched in(Query query) {
            Searched searched = new Searched();
            query.visit(searched);
            return searched;
        }

        @Override
        public void consumeTerms(Query q, Term... terms) {
            String field = terms.length == 0 ? "" : terms[0].field();
            note(field);
            if (!isNames(field)) {
                return;
            }
            if (terms.length == 1) {
                names.add(new Word(terms[0].text()));
            } else if (q instanceof PhraseQuery phrase) {
                names.add(new Phrase(phrase));
                if (field.equals(Fields.names(NameType.PERSON))) {
                    names.add(new Word(terms[terms.length - 1].text()));
                }
            }
        }

        @Override
        public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
            note(field);
        }

        private void note(String field) {
            text |= field.equals(Fields.TITLE) || field.equals(Fields.BODY) || field.equals(Fields.WORDS);
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }

    /** A word of a name, searched in another field. */
    private record Word(String text) implements Function<String, Query> {
        @Override
        public Query apply(String field) {
            return new TermQuery(new Term(field, text));
        }
    }

    /** A name's phrase, with its words at the same positions (stop words leave gaps), searched in another field. */
    private record Phrase(PhraseQuery names) implements Function<String, Query> {
        @Override
        public Query apply(String field) {
            PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(names.getSlop());
            for (int i = 0; i < names.getTerms().length; i++) {
                phrase.add(new Term(field, names.getTerms()[i].bytes()), names.getPositions()[i]);
            }
            return phrase.build();
        }
    }

    @Override
    protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
        if (field.equals(ANY_FIELD)) {
            return analysed(text, quoted ? anyField(f -> super.getFieldQuery(f, text, true)) : headlineAndText(text));
        }
        String target = field(field);
        return switch (target) {
            case Fields.SOURCE -> source(ArticleIds.sourceOf(text), TermQuery::new);
            case Fields.ID -> new TermQuery(new Term(Fields.ID, text));
            case Fields.PUBLISHED -> dateRange(text, text, true, true);
            default -> analysed(text, super.getFieldQuery(target, text, quoted));
        };
    }

    /**
     * Plain words, each scored once over headline and text together (BM25F: the headline's occurrences count
     * {@link Fields#HEADLINE_WEIGHT} times, against one length and one rarity), as a term of {@link Fields#WORDS}. Scored field by field and added up,
     * a common word in a short headline outweighed a rare word of the query in the text ("internet" in a
     * headline above "telephony" in the story), so articles matching fewer of the query's words came first.
     */
    private Query headlineAndText(String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = plainWords.tokenStream(Fields.BODY, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int last = -1; // where the word typed just before went, for its unstemmed form to take its place
            while (stream.incrementToken()) {
                String word = term.toString();
                if (type.type().equals(LedeAnalyzer.PART_TYPE) && layout.wordsField()) {
                    continue; // AT&T is searched whole: its part "T" is any T (an index written before has only the parts)
                }
                if (type.type().equals(LedeAnalyzer.NAME_TYPE)) {
                    // "Greene", a person some article names, is not the stem "green" of the common word
                    // Only where stemming changed the name ("Greene" is "green", "Robinson" stays "robinson").
                    boolean stemmed = last >= 0 && !terms.get(last).equals(word.substring(LedeAnalyzer.NAME_FORM.length()));
                    if (stemmed && layout.wordsField() && knownName.test(word) && !terms.contains(word)) {
                        if (last >= 0) {
                            terms.set(last, word);
                        } else {
                            terms.add(word);
                        }
                    }
                    last = -1;
                    continue;
                }
                last = terms.indexOf(word) >= 0 ? -1 : terms.size();
                if (last >= 0) {
                    terms.add(word);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // analysing a string in memory
        }
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder words = new BooleanQuery.Builder();
        for (String term : terms) {
            words.add(layout.wordsField() ? new TermQuery(new Term(Fields.WORDS, term)) : word(term, Fields.HEADLINE_WEIGHT), BooleanClause.Occur.SHOULD);
        }
        return terms.size() == 1 ? words.build().clauses().get(0).query() : words.build();
    }

    /** One analysed word over headline and text as one field (BM25F), the headline's occurrences counting {@code headline} times. */
    static Query word(String term, float headline) {
        return new CombinedFieldQuery.Builder(term).addField(Fields.TITLE, headline).addField(Fields.BODY, 1f).build();
    }

    /** The words of a query of plain words alone, in order; empty for any other query. */
    private static List<String> plainWords(Query query) {
        if (!isPlainWords(query)) {
            return List.of();
        }
        Set<String> words = new LinkedHashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term term : terms) {
                    words.add(term.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        return List.copyOf(words);
    }

    private static boolean isPlainWords(Query query) {
        if (query instanceof BooleanQuery bool) {
            return bool.getMinimumNumberShouldMatch() == 0 && !bool.clauses().isEmpty() && bool.clauses().stream()
                    .allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD && isPlainWords(c.query()));
        }
        return query instanceof CombinedFieldQuery || query instanceof TermQuery term && term.getTerm().field().equals(Fields.WORDS);
    }

    /** The query for a word or phrase, noting it when analysis left nothing of it. */
    private Query analysed(String text, Query query) {
        if (query == null && !text.isBlank()) {
            dropped.add(text);
        }
        return query;
    }

    private static boolean isNames(String field) {
        return field.equals(Fields.NAMES) || field.startsWith(Fields.NAMES + "_");
    }

    @Override
    protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
        if (field.equals(ANY_FIELD)) {
            return anyField(f -> super.getFieldQuery(f, text, slop));
        }
        // Lucene's phrase handling calls getFieldQuery(field, text, true) above, which maps the field: pass the user's name on.
        return field(field).equals(Fields.SOURCE) ? source(ArticleIds.sourceOf(text), TermQuery::new) : super.getFieldQuery(field, text, slop);
    }

    @Override
    protected Query getPrefixQuery(String field, String text) throws ParseException {
        pattern(text, field);
        if (field.equals(ANY_FIELD)) {
            return anyField(f -> super.getPrefixQuery(f, text));
        }
        String target = field(field);
        return target.equals(Fields.SOURCE) ? source(ArticleIds.site(text), PrefixQuery::new) : super.getPrefixQuery(target, text);
    }

    @Override
    protected Query getWildcardQuery(String field, String text) throws ParseException {
        if (text.equals("*")) {
            return MatchAllDocsQuery.INSTANCE;
        }
        pattern(text, field);
        if (field.equals(ANY_FIELD)) {
            return anyField(f -> super.getWildcardQuery(f, text));
        }
        String target = field(field);
        return target.equals(Fields.SOURCE) ? source(ArticleIds.site(text), WildcardQuery::new) : super.getWildcardQuery(target, text);
    }

    @Override
    protected Query getRegexpQuery(String field, String text) throws ParseException {
        // Unreachable from users' text, whose slashes are escaped (QueryText); kept as a plain refusal.
        throw new Refusal("The query has a regular expression, which lede does not support; search for its words instead.");
    }

    @Override
    protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
        if (text.codePointCount(0, text.length()) > MAX_PATTERN_CHARS) {
            throw new Refusal("Near spellings (~) work on words of up to " + MAX_PATTERN_CHARS + " characters; shorten "
                    + quoted(text) + " or drop its ~.");
        }
        pattern(text, field);
        if (field.equals(ANY_FIELD)) {
            return anyField(f -> super.getFuzzyQuery(f, text, similarity));
        }
        String target = field(field);
        if (target.equals(Fields.SOURCE)) {
            throw new Refusal("Near spellings (~) work on words, not on sources; write source:aljazeera.com or source:aljazeera*.");
        }
        return super.getFuzzyQuery(target, text, similarity);
    }

    /**
     * Near spellings allow edits by the word's length, as search engines commonly do: none up to 2 characters,
     * one up to 5, else two. Two edits of a three-letter word match nearly every short word, and walking them all
     * was most of a slow query's time (eight such words: 0.7 s on 2,225 articles).
     */
    @Override
    protected Query newFuzzyQuery(Term term, float minimumSimilarity, int prefixLength) {
        int length = term.text().codePointCount(0, term.text().length());
        int allowed = length <= 2 ? 0 : length <= 5 ? 1 : FuzzyQuery.defaultMaxEdits;
        int edits = Math.min(allowed, FuzzyQuery.floatToEdits(minimumSimilarity, length));
        return new FuzzyQuery(term, edits, prefixLength, FuzzyQuery.defaultMaxExpansions, FuzzyQuery.defaultTranspositions);
    }

    @Override
    protected Query getRangeQuery(String field, String from, String to, boolean startInclusive, boolean endInclusive)
            throws ParseException {
        if (!field(field).equals(Fields.PUBLISHED)) {
            throw new Refusal("Ranges work on dates only; write date:[2024-01-01 TO 2024-06-30].");
        }
        return dateRange(from, to, startInclusive, endInclusive);
    }

    /** Articles from the sources the host (or host pattern) names; a source is a facet value, searched by its drill-down term. */
    private static Query source(String host, Function<Term, Query> query) {
        return host.isEmpty() ? new MatchNoDocsQuery("no source") : query.apply(Fields.sourceTerm(host));
    }

    /**
     * Articles dated in a range; the classic parser gives {@code null} for an open end ({@code *}). An exclusive
     * bound leaves out the whole day, month or year it names: {@code {2004 TO 2005}} is nothing, {@code {* TO 2005}}
     * is before 2005. Days are yyyymmdd numbers, so the day after 20041231 may be 20041232: no date falls between.
     */
    private Query dateRange(String from, String to, boolean startInclusive, boolean endInclusive) throws ParseException {
        int low = open(from) ? Integer.MIN_VALUE : startInclusive ? day(from, false) : day(from, true) + 1;
        int high = open(to) ? Integer.MAX_VALUE : endInclusive ? day(to, true) : day(to, false) - 1;
        return IntPoint.newRangeQuery(Fields.PUBLISHED, low, high);
    }

    private static boolean open(String bound) {
        return bound == null || bound.equals("*");
    }

    /**
     * Counts a word with ~, * or ?, refusing one too long or one too many: each walks the index's terms. A source
     * pattern ({@code source:*.co.uk}) walks only the sources' terms, which all start with the dimension, so
     * only its number is bounded.
     */
    private void pattern(String text, String field) throws ParseException {
        if (++patterns > MAX_PATTERNS) {
            throw new Refusal("The query has more than " + MAX_PATTERNS + " words with ~, * or ?; use fewer.");
        }
        String target = field.equals(ANY_FIELD) ? field : field(field);
        if (target.equals(Fields.PUBLISHED)) {
            throw new Refusal("Dates take no ~, * or ?; write date:2024 for a year, date:2024-06 for a month, or a range.");
        }
        if (target.equals(Fields.SOURCE)) {
            return;
        }
        if (text.codePointCount(0, text.length()) > MAX_PATTERN_CHARS) {
            throw new Refusal("Words with * or ? may be up to " + MAX_PATTERN_CHARS + " characters long; shorten " + quoted(text) + ".");
        }
        if (text.startsWith("*") || text.startsWith("?")) {
            throw new Refusal("A word cannot start with * or ?; put a few letters first, as in cease*, or leave it out.");
        }
    }

    /** 2024-06-11 as 20240611; a year or a month alone covers all of it. */
    private static int day(String text, boolean endOfPeriod) throws ParseException {
        try {
            String[] parts = text.split("-");
            LocalDate date = switch (parts.length) {
                case 1 -> LocalDate.of(Integer.parseInt(parts[0]), endOfPeriod ? 12 : 1, endOfPeriod ? 31 : 1);
                case 2 -> {
                    LocalDate first = LocalDate.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 1);
                    yield endOfPeriod ? first.withDayOfMonth(first.lengthOfMonth()) : first;
                }
                default -> LocalDate.parse(text);
            };
            return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw new Refusal(quoted(text) + " is not a date; write one like 2024-06-11, 2024-06 or 2024.");
        }
    }

    private interface PerField {
        Query on(String field) throws ParseException;
    }

    private Query anyField(PerField perField) throws ParseException {
        BooleanQuery.Builder sum = new BooleanQuery.Builder();
        boolean any = false;
        for (Map.Entry<String, Float> field : searched.entrySet()) {
            Query q = perField.on(field.getKey());
            if (q != null) {
                addBoosted(sum, q, field.getValue());
                any = true;
            }
        }
        return any ? sum.build() : null;
    }

    /**
     * Several words in one field come as a plain disjunction; boosting its clauses one by one, not the group, gives
     * the same scores and lets Lucene merge all fields' words into one disjunction, whose skipping of articles that
     * cannot reach the top works far better than over nested groups (two common words: 2.4 ms to 0.5 ms at a
     * million articles).
     */
    private static void addBoosted(BooleanQuery.Builder sum, Query q, float boost) {
        if (q instanceof BooleanQuery bool && bool.getMinimumNumberShouldMatch() == 0
                && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD)) {
            bool.clauses().forEach(c -> sum.add(new BoostQuery(c.query(), boost), BooleanClause.Occur.SHOULD));
        } else {
            sum.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
        }
    }

    /** The index field a user's field name stands for. */
    private String field(String userField) throws ParseException {
        String name = userField.toLowerCase(Locale.ROOT);
        switch (name) {
            case "title", "headline":
                return Fields.TITLE;
            case "body", "text", Fields.WORDS:
                return layout.textField();
            case "name", "names":
                return Fields.NAMES;
            case "organisation", "org":
                return Fields.names(NameType.ORGANIZATION);
            case "source", "site":
                return Fields.SOURCE;
            case "date", "published":
                return Fields.PUBLISHED;
            case "id":
                return Fields.ID;
            default:
                NameType type = NameType.fromLabel(name);
                if (type != null) {
                    return Fields.names(type);
                }
                throw new Refusal("There is no field " + quoted(userField + ":") + "; use one of " + FIELD_HELP + ", or write "
                        + shown(userField) + "\\: to search for the word itself.");
        }
    }

    private static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        return deepest;
    }

    /** A refusal in a whole sentence of lede's own, thrown from inside Lucene's parser. */
    static final class Refusal extends ParseException {
        Refusal(String sentence) {
            super(sentence);
        }
    }

    /** One plain sentence for a parse error; positions count from 1 in the query as typed. */
    static String explain(ParseException e, QueryText text) {
        Throwable cause = e.getCause();
        if (cause instanceof IndexSearcher.TooManyClauses) {
            return TOO_MANY_TERMS;
        }
        if (cause instanceof Refusal refusal) {
            return refusal.getMessage();
        }
        if (cause instanceof ParseException syntax && syntax.currentToken != null) {
            Token bad = syntax.currentToken.next;
            if (bad == null || bad.kind == 0) {
                return "The query ends too early; add what should follow its last AND, OR, NOT, field name or opening bracket.";
            }
            return "The query has " + quoted(bad.image) + " where it makes no sense (at character " + text.typedPosition(bad.beginColumn)
                    + "); remove it, or put a backslash before it to search for it.";
        }
        if (cause instanceof TokenMgrError) {
            return "The query has an unclosed quote or ends with a backslash; close the quote or remove the backslash.";
        }
        // Lucene's own checks (a bad boost and the like): their wording is not for users.
        return "The query could not be understood; use words, \"phrases\", field:word filters, AND, OR, NOT and brackets.";
    }

    /** A piece of the query, quoted for a message: on one line, without control characters, and short. */
    static String quoted(String piece) {
        return "\"" + shown(piece) + "\"";
    }

    private static final int SHOWN_CHARS = 30;

    static String shown(String piece) {
        String line = piece.codePoints()
                .map(c -> Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
                        || Character.getType(c) == Character.LINE_SEPARATOR || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().replaceAll(" {2,}", " ").strip();
        if (line.codePointCount(0, line.length()) > SHOWN_CHARS) {
            line = line.substring(0, line.offsetByCodePoints(0, SHOWN_CHARS - 1)) + "…";
        }
        return line;
    }

    /**
     * The user's query made ready for Lucene's parser, with where each of its characters was typed. Curly quotes
     * become straight; slashes would start a regular expression ("9/11") and a pasted link would read as a field
     * ("https:"), so both are escaped: a link searches for its words. A link without a scheme ({@code www.bbc.co.uk})
     * needs no more than its slashes escaped, and may end in a pattern ({@code source:www.bbc.*}).
     */
    record QueryText(String text, int[] typedAt) {
        private static final Pattern LINK = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://[^\\s\"()]+");

        static QueryText of(String typed) {
            StringBuilder text = new StringBuilder(typed.length() + 16);
            List<Integer> at = new ArrayList<>();
            Matcher link = LINK.matcher(typed);
            boolean inQuotes = false;
            for (int i = 0; i < typed.length(); i++) {
                char c = typed.charAt(i);
                boolean wordStart = i == 0 || Character.isWhitespace(typed.charAt(i - 1)) || "(:+-".indexOf(typed.charAt(i - 1)) >= 0;
                if (!inQuotes && wordStart && link.region(i, typed.length()).lookingAt()) {
                    for (int j = i; j < link.end(); j++) {
                        char l = typed.charAt(j);
                        if ("\\+-!():^[]\"{}~*?|&/".indexOf(l) >= 0) {
                            text.append('\\');
                            at.add(j);
                        }
                        text.append(l);
                        at.add(j);
                    }
                    i = link.end() - 1;
                    continue;
                }
                if (c == '\\' && i + 1 < typed.length()) {
                    text.append(c).append(typed.charAt(i + 1));
                    at.add(i);
                    at.add(i + 1);
                    i++;
                    continue;
                }
                if (c == '“' || c == '”' || c == '„') {
                    c = '"';
                }
                if (c == '"') {
                    inQuotes = !inQuotes;
                }
                if (c == '/') {
                    text.append('\\');
                    at.add(i);
                }
                text.append(c);
                at.add(i);
            }
            return new QueryText(text.toString(), at.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The position, counted from 1, at which the character at {@code index} of {@link #text} was typed. */
        int typedPosition(int index) {
            return (index >= 0 && index < typedAt.length ? typedAt[index] : typedAt.length == 0 ? 0 : typedAt[typedAt.length - 1]) + 1;
        }
    }
}
